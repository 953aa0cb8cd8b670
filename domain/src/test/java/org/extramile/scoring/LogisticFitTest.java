package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    private static final double LAMBDA = 2.0;

    /**
     * Labels the prior gets badly wrong, as a top-level model's pooled prior can: a full Newton step from there
     * overshoots, and 25 of them had ended at weights above 30.
     */
    @Test
    void shouldReachTheMinimumOfThePenalisedLossFromAPriorFarFromIt() {
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            xs.add(new double[] {1.0, (i * 7 % 31) / 10.0, (i * 13 % 29) / 10.0});
            ys.add(i * 5 % 3 != 0);
        }
        double[] prior = {-7.4, -6.5, 3.3};

        double[] w = LogisticFit.fit(xs, ys, prior, LAMBDA);

        assertThat(LogisticFit.loss(xs, ys, prior, LAMBDA, w))
                .isLessThan(LogisticFit.loss(xs, ys, prior, LAMBDA, prior));
        assertThat(largest(gradient(xs, ys, prior, w))).isLessThan(1e-6);
        assertThat(largest(w)).isLessThan(10);
    }

    @Test
    void shouldKeepThePriorWithoutLabels() {
        double[] prior = {-3.0, 4.4, 1.7};

        assertThat(LogisticFit.fit(List.of(), List.of(), prior, LAMBDA)).containsExactly(prior);
    }

    private static double largest(double[] values) {
        return Arrays.stream(values).map(Math::abs).max().orElseThrow();
    }

    /** The penalised loss's gradient: zero at its minimum. */
    private static double[] gradient(List<double[]> xs, List<Boolean> ys, double[] prior, double[] w) {
        double[] g = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            g[j] = LAMBDA * (w[j] - prior[j]);
        }
        for (int i = 0; i < xs.size(); i++) {
            double error = CriterionModel.sigmoid(CriterionModel.dot(w, xs.get(i))) - (ys.get(i) ? 1 : 0);
            for (int j = 0; j < w.length; j++) {
                g[j] += error * xs.get(i)[j];
            }
        }
        return g;
    }
}
