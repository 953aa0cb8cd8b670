package org.extramile.scoring.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;

/**
 * How well the scorer agrees with trainers on one scenario's evaluation split, after calibrating on its
 * calibration split only: per criterion accuracy and F1 (met or not), Spearman's rho between the share of points
 * and the holistic label, and the AUC of pass against fail (ranked by the card's verdict, then its share of points).
 */
record ScenarioQuality(
        String scenario,
        int calibrationAnswers,
        int evaluationAnswers,
        Map<String, CriterionAgreement> criteria,
        double spearman,
        double auc,
        double reviewShare,
        String calibration) {

    record CriterionAgreement(int answers, double accuracy, double f1, String model) {}

    static ScenarioQuality measure(Scorer scorer, ScoringRubric rubric, LabelledSet set, boolean calibrate) {
        Calibration calibration = calibrate
                ? scorer.calibrate(
                        rubric,
                        set.calibration().stream()
                                .map(LabelledSet.Item::asLabel)
                                .toList())
                : Calibration.defaults(rubric.id());
        List<LabelledSet.Item> evaluation = set.evaluation();
        Map<String, int[]> counts = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> counts.put(c.key(), new int[4]));
        double[] share = new double[evaluation.size()];
        double[] holistic = new double[evaluation.size()];
        double[] passScore = new double[evaluation.size()];
        boolean[] pass = new boolean[evaluation.size()];
        int review = 0;
        for (int i = 0; i < evaluation.size(); i++) {
            LabelledSet.Item item = evaluation.get(i);
            ScoreCard card = scorer.score(rubric, calibration, item.step(), item.text());
            List<CriterionScore> verdicts = new ArrayList<>(card.criteria());
            verdicts.addAll(card.penalties());
            for (CriterionScore verdict : verdicts) {
                CriterionSpec spec = rubric.criteria().stream()
                        .filter(c -> c.key().equals(verdict.key()))
                        .findFirst()
                        .orElseThrow();
                String label = item.labels().get(verdict.key());
                if (label == null || spec.levelIndex(label) < 0) {
                    continue;
                }
                boolean truth = spec.levelIndex(label) > 0;
                int[] c = counts.get(verdict.key());
                c[(truth ? 2 : 0) + (verdict.met() ? 1 : 0)]++;
            }
            share[i] = card.ratio();
            holistic[i] = item.holistic();
            passScore[i] = (card.passed() ? 1 : 0) + card.ratio();
            pass[i] = item.pass();
            review += card.needsReview() ? 1 : 0;
        }
        Map<String, CriterionAgreement> agreement = new LinkedHashMap<>();
        for (CriterionSpec spec : rubric.criteria()) {
            int[] c = counts.get(spec.key());
            int n = c[0] + c[1] + c[2] + c[3];
            if (n > 0) {
                agreement.put(
                        spec.key(),
                        new CriterionAgreement(
                                n,
                                (double) (c[0] + c[3]) / n,
                                Agreement.f1(c[3], c[1], c[2]),
                                calibration.modelFor(spec).source().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return new ScenarioQuality(
                set.scenario(),
                set.calibration().size(),
                evaluation.size(),
                agreement,
                Agreement.spearman(share, holistic),
                Agreement.auc(passScore, pass),
                (double) review / evaluation.size(),
                calibrate ? "calibrated" : "defaults");
    }

    double macroF1() {
        return criteria.values().stream()
                .mapToDouble(CriterionAgreement::f1)
                .average()
                .orElse(Double.NaN);
    }

    double accuracy() {
        return criteria.values().stream()
                .mapToDouble(CriterionAgreement::accuracy)
                .average()
                .orElse(Double.NaN);
    }
}
