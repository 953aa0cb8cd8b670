package org.extramile.scoring.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.LabelledAnswer;
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
        int scoredAnswers,
        Map<String, CriterionAgreement> criteria,
        double spearman,
        double auc,
        double reviewShare,
        Disagreements disagreements,
        String calibration) {

    record CriterionAgreement(int answers, double accuracy, double f1, String model) {}

    /**
     * The criteria on which scorer and trainer differ about met or not, and how many of those verdicts asked for a
     * trainer's review: what reviewing the flagged answers catches.
     */
    record Disagreements(int total, int flagged) {

        double flaggedShare() {
            return total == 0 ? 0 : (double) flagged / total;
        }
    }

    /** One labelled answer and the card the scorer gave it, with the model source that decided each criterion. */
    record Scored(LabelledSet.Item item, ScoreCard card, Calibration calibration) {}

    static ScenarioQuality measure(Scorer scorer, ScoringRubric rubric, LabelledSet set, boolean calibrate) {
        Calibration calibration = calibrate
                ? scorer.calibrate(
                        rubric,
                        set.calibration().stream()
                                .map(LabelledSet.Item::asLabel)
                                .toList())
                : Calibration.defaults(rubric.id());
        List<Scored> scored = set.evaluation().stream()
                .map(item -> new Scored(item, scorer.score(rubric, calibration, item.step(), item.text()), calibration))
                .toList();
        return of(set.scenario(), set.calibration().size(), rubric, scored, calibrate ? "calibrated" : "defaults");
    }

    /**
     * The same figures on the calibration split alone, each answer scored by a calibration fitted on the other
     * folds: what modelling choices are judged by, so that the evaluation split is never tuned on. Folds are fixed:
     * the answers in id order, dealt round-robin.
     */
    static ScenarioQuality crossValidate(Scorer scorer, ScoringRubric rubric, LabelledSet set, int folds) {
        return crossValidate(scorer, rubric, set, folds, 1.0);
    }

    /**
     * Cross-validation with only the first {@code share} of each fold's training answers (in id order): how the
     * figures grow with the labels trainers give. With none, the default models score.
     */
    static ScenarioQuality crossValidate(
            Scorer scorer, ScoringRubric rubric, LabelledSet set, int folds, double share) {
        List<LabelledSet.Item> items = set.calibration().stream()
                .sorted(java.util.Comparator.comparing(LabelledSet.Item::id))
                .toList();
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledAnswer> training = new ArrayList<>();
            List<LabelledSet.Item> held = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (i % folds == fold) {
                    held.add(items.get(i));
                } else {
                    training.add(items.get(i).asLabel());
                }
            }
            List<LabelledAnswer> used = training.subList(0, (int) Math.round(training.size() * share));
            Calibration calibration =
                    used.isEmpty() ? Calibration.defaults(rubric.id()) : scorer.calibrate(rubric, used);
            held.forEach(item -> scored.add(
                    new Scored(item, scorer.score(rubric, calibration, item.step(), item.text()), calibration)));
        }
        int labels = (int) Math.round(items.size() * (folds - 1) / (double) folds * share);
        return of(set.scenario(), labels, rubric, scored, folds + "-fold cross-validation");
    }

    private static ScenarioQuality of(
            String scenario, int calibrationAnswers, ScoringRubric rubric, List<Scored> scored, String how) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> counts.put(c.key(), new int[4]));
        double[] share = new double[scored.size()];
        double[] holistic = new double[scored.size()];
        double[] passScore = new double[scored.size()];
        boolean[] pass = new boolean[scored.size()];
        int review = 0;
        int disagreements = 0;
        int flagged = 0;
        for (int i = 0; i < scored.size(); i++) {
            LabelledSet.Item item = scored.get(i).item();
            ScoreCard card = scored.get(i).card();
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
                if (truth != verdict.met()) {
                    disagreements++;
                    flagged += verdict.needsReview() ? 1 : 0;
                }
                int[] c = counts.get(verdict.key());
                c[(truth ? 2 : 0) + (verdict.met() ? 1 : 0)]++;
            }
            share[i] = card.ratio();
            holistic[i] = item.holistic();
            passScore[i] = (card.passed() ? 1 : 0) + card.ratio();
            pass[i] = item.pass();
            review += card.needsReview() ? 1 : 0;
        }
        Calibration last =
                scored.isEmpty() ? null : scored.get(scored.size() - 1).calibration();
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
                                last.modelFor(spec).source().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return new ScenarioQuality(
                scenario,
                calibrationAnswers,
                scored.size(),
                agreement,
                Agreement.spearman(share, holistic),
                Agreement.auc(passScore, pass),
                (double) review / scored.size(),
                new Disagreements(disagreements, flagged),
                how);
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
