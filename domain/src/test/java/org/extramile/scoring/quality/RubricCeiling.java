package org.extramile.scoring.quality;

import java.util.List;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.ScoringRubric;

/**
 * What a scorer that decided every criterion exactly as the trainer labelled it would reach: the rubric's own points
 * against the same trainer's holistic label and pass. No scorer can do better than the rubric's arithmetic allows,
 * so this is the ceiling the figures are read against.
 */
record RubricCeiling(double spearman, double auc) {

    static RubricCeiling of(ScoringRubric rubric, List<LabelledSet.Item> items) {
        double[] share = new double[items.size()];
        double[] holistic = new double[items.size()];
        double[] passScore = new double[items.size()];
        boolean[] pass = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            LabelledSet.Item item = items.get(i);
            int earned = 0;
            int deducted = 0;
            int max = 0;
            boolean passed = true;
            for (CriterionSpec c : rubric.criteriaFor(item.step())) {
                int level = Math.max(0, c.levelIndex(item.labels().getOrDefault(c.key(), "")));
                int points = c.levels().get(level).points();
                if (c.kind() == CriterionKind.PENALTY) {
                    deducted += points;
                } else {
                    earned += points;
                    max += c.maxPoints();
                }
                passed &= c.kind() != CriterionKind.CRITICAL || level > 0;
            }
            share[i] = max == 0 ? 0 : Math.max(0, earned - deducted) / (double) max;
            holistic[i] = item.holistic();
            passScore[i] = (passed ? 1 : 0) + share[i];
            pass[i] = item.pass();
        }
        return new RubricCeiling(Agreement.spearman(share, holistic), Agreement.auc(passScore, pass));
    }
}
