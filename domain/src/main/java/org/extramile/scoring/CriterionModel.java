package org.extramile.scoring;

import java.util.Arrays;

/**
 * A logistic model of "this criterion is met" over {@link CriterionFeatures#vector()}: weights for bias,
 * lexical match, similarity, margin, ignored match and (penalties only) a solved problem. {@code source} says where the weights came from and
 * {@code labels} how many trainer labels they were fitted on.
 */
public record CriterionModel(double[] weights, Source source, int labels) {

    public enum Source {
        /** Set by hand from the feasibility study; no labels yet. */
        DEFAULT,
        /** Fitted on the labels of every criterion of the rubric version, pooled. */
        RUBRIC,
        /** Fitted on this criterion's labels, shrunk towards the pooled model. */
        CRITERION
    }

    /** Scored and critical criteria: a trainer's own words, or a close exemplar with a margin, meet them. */
    static final CriterionModel SCORED_DEFAULT =
            new CriterionModel(new double[] {-3.0, 4.4, 1.7, 1.0, 0, 0}, Source.DEFAULT, 0);

    /** Penalties ask for more: a specific phrase, or an exemplar that is very close. */
    static final CriterionModel PENALTY_DEFAULT =
            new CriterionModel(new double[] {-4.0, 5.0, 1.7, 1.0, 0, -1.5}, Source.DEFAULT, 0);

    public CriterionModel {
        weights = weights.clone();
    }

    static CriterionModel defaultFor(CriterionKind kind) {
        return kind == CriterionKind.PENALTY ? PENALTY_DEFAULT : SCORED_DEFAULT;
    }

    public double probability(CriterionFeatures features) {
        return sigmoid(dot(weights, features.vector()));
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CriterionModel m
                && Arrays.equals(weights, m.weights)
                && source == m.source
                && labels == m.labels;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + source.hashCode() * 7 + labels;
    }

    @Override
    public String toString() {
        return source + Arrays.toString(weights) + " on " + labels + " labels";
    }
}
