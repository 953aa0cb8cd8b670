package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {

    private static final double[] PRIOR = CriterionModel.SCORED_DEFAULT.weights();

    @Test
    void shouldKeepACriterionsOwnModelWhenItsLabelsFollowAFeatureTheDefaultsUnderrate() {
        // Trainers call the criterion met exactly when the exemplar margin is positive, which the defaults weigh
        // lightly.
        Map<String, List<double[]>> xs = Map.of("own", margins(40), "other", margins(40));
        Map<String, List<Boolean>> ys = Map.of("own", byMargin(40), "other", byMargin(40));

        ModelSelection.Result result = ModelSelection.select(xs, ys, PRIOR, ModelSelectionTest::enough, 0.5);

        assertThat(result.choices().get("own").source())
                .isIn(CriterionModel.Source.CRITERION, CriterionModel.Source.RUBRIC);
        assertThat(result.choices().get("own").weights()[3]).isGreaterThan(PRIOR[3]);
        HeldOut heldOut = result.choices().get("own").heldOut();
        assertThat(heldOut.total())
                .as("every label predicted once, by a model fitted without it")
                .isEqualTo(40);
        assertThat(heldOut.agreed()).isGreaterThanOrEqualTo(36);
    }

    @Test
    void shouldKeepTheDefaultsWhenTheLabelsAgreeWithThemAndAFeatureSaysOppositeThingsByTrainer() {
        // One answer in five met, as the defaults predict for a weak lexical match. A feature the defaults ignore
        // follows the labels for the answers of two folds and the opposite way for the other three, as two trainers
        // who disagree would: a fit learns from each what the other contradicts, and predicts held-out labels worse.
        double weakMatch = (Math.log(0.25) - PRIOR[0]) / PRIOR[1];
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean met = i % 10 == 1 || i % 10 == 8;
            boolean firstTrainer = i % 5 < 2;
            rows.add(new double[] {1, weakMatch, 0, 0, met == firstTrainer ? 1 : -1, 0, 0, 0, 0});
            labels.add(met);
        }
        Map<String, List<double[]>> xs = Map.of("disputed", rows, "clear", margins(40));
        Map<String, List<Boolean>> ys = Map.of("disputed", labels, "clear", byMargin(40));

        ModelSelection.Result result = ModelSelection.select(xs, ys, PRIOR, ModelSelectionTest::enough, 0.5);

        assertThat(result.choices().get("clear").source()).isNotEqualTo(CriterionModel.Source.DEFAULT);
        assertThat(result.choices().get("disputed").source()).isEqualTo(CriterionModel.Source.DEFAULT);
        assertThat(result.choices().get("disputed").weights()).containsExactly(PRIOR);
        assertThat(result.choices().get("disputed").heldOut())
                .as("the defaults call every answer not met (0.25): the 8 met ones missed")
                .isEqualTo(new HeldOut(32, 8, 0, List.of(1, 8, 11, 18, 21, 28, 31, 38)));
        assertThat(ModelSelection.select(xs, ys, PRIOR, ModelSelectionTest::enough, 0.2)
                        .choices()
                        .get("disputed")
                        .heldOut())
                .as("met from 0.2: every answer called met")
                .extracting(HeldOut::agreed, HeldOut::missed, HeldOut::falselyMet)
                .containsExactly(8, 0, 32);
    }

    @Test
    void shouldChooseNothingWithoutEnoughLabels() {
        Map<String, List<double[]>> xs = Map.of("few", margins(6));
        Map<String, List<Boolean>> ys = Map.of("few", byMargin(6));

        assertThat(ModelSelection.select(xs, ys, PRIOR, ModelSelectionTest::enough, 0.5)
                        .choices())
                .isEmpty();
    }

    /** Feature vectors whose margin runs from -1 to 1; nothing else is set but the bias. */
    private static List<double[]> margins(int n) {
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(new double[] {1, 0, 0, margin(i, n) * 10, 0, 0, 0, 0, 0});
        }
        return xs;
    }

    /** Met exactly when the margin is positive. */
    private static List<Boolean> byMargin(int n) {
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ys.add(margin(i, n) > 0);
        }
        return ys;
    }

    private static double margin(int i, int n) {
        return -1 + 2.0 * i / (n - 1);
    }

    private static boolean enough(List<Boolean> ys) {
        long met = ys.stream().filter(y -> y).count();
        return ys.size() >= 20 && met >= 4 && ys.size() - met >= 4;
    }
}
