package org.extramile.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.Segmenter;

/**
 * Scores a trainee's answer to one step against a rubric, offline, and explains every verdict. Thread-safe; one
 * instance serves the application. See the package documentation for the pipeline.
 */
public final class Scorer {

    private final SentenceEncoder encoder;
    private final ScorerSettings settings;
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    private final Segmenter segmenter = new Segmenter(analyzer);
    private final RubricCache rubrics = new RubricCache(64);

    public Scorer(SentenceEncoder encoder, ScorerSettings settings) {
        this.encoder = Objects.requireNonNull(encoder);
        this.settings = Objects.requireNonNull(settings);
    }

    /** A scorer on the JVM's shared embedding model with default settings. */
    public Scorer() {
        this(SentenceEncoder.shared(), ScorerSettings.defaults());
    }

    public ScorerSettings settings() {
        return settings;
    }

    /** Scores with the default models: a rubric version without enough trainer labels. */
    public ScoreCard score(ScoringRubric rubric, String stepKey, String answer) {
        return score(rubric, Calibration.defaults(rubric.id()), stepKey, answer);
    }

    public ScoreCard score(ScoringRubric rubric, Calibration calibration, String stepKey, String answer) {
        List<CriterionSpec> applicable = rubric.criteriaFor(stepKey);
        String text = answer == null ? "" : answer;
        List<String> notes = new ArrayList<>();
        List<CriterionScore> scores = new ArrayList<>();
        if (applicable.isEmpty()) {
            notes.add("No criterion of rubric " + rubric.id() + " applies to step '" + stepKey + "'.");
        } else if (text.isBlank()) {
            notes.add("The answer is empty.");
            applicable.forEach(c -> scores.add(CriterionDecision.empty(c, "not met: the answer is empty")));
        } else {
            CompiledRubric compiled = compiled(rubric);
            AnswerReading reading = AnswerReading.read(text, segmenter, encoder, settings.maxEmbeddedClauses());
            if (reading.truncated()) {
                notes.add("Only the first " + settings.maxEmbeddedClauses() + " clauses were compared with exemplars.");
            }
            for (CriterionSpec c : applicable) {
                if (c.kind() != CriterionKind.PENALTY) {
                    CriterionAssessment assessment = CriterionAssessment.of(compiled.criterion(c.key()), reading);
                    scores.add(CriterionDecision.decide(c, assessment, calibration.modelFor(c), settings));
                }
            }
            boolean solved = scores.stream().anyMatch(s -> s.kind() == CriterionKind.CRITICAL && s.met());
            for (CriterionSpec c : applicable) {
                if (c.kind() == CriterionKind.PENALTY) {
                    CriterionAssessment assessment = CriterionAssessment.of(compiled.criterion(c.key()), reading)
                            .solved(solved);
                    scores.add(CriterionDecision.decide(c, assessment, calibration.modelFor(c), settings));
                }
            }
        }
        return card(rubric.id(), stepKey, scores, notes, calibration.used());
    }

    /**
     * Fits each criterion's model on trainer-labelled answers: first one model pooled over all criteria of the
     * rubric version, pulled towards the defaults; then one per criterion with enough labels of both verdicts,
     * pulled towards the pooled one. Scored and critical criteria come first, penalties after them and apart,
     * because a penalty reads whether the fitted critical criteria were met. Labels are put in a fixed order
     * first, so the same labels always give the same calibration.
     */
    public Calibration calibrate(ScoringRubric rubric, List<LabelledAnswer> labels) {
        CompiledRubric compiled = compiled(rubric);
        List<LabelledAnswer> ordered = labels.stream()
                .filter(l -> !l.text().isBlank())
                .sorted(Comparator.comparing(LabelledAnswer::step).thenComparing(LabelledAnswer::text))
                .toList();
        List<Map<CriterionSpec, CriterionFeatures>> features = new ArrayList<>();
        for (LabelledAnswer label : ordered) {
            AnswerReading reading = AnswerReading.read(label.text(), segmenter, encoder, settings.maxEmbeddedClauses());
            Map<CriterionSpec, CriterionFeatures> byCriterion = new java.util.LinkedHashMap<>();
            rubric.criteriaFor(label.step())
                    .forEach(c -> byCriterion.put(
                            c,
                            CriterionAssessment.of(compiled.criterion(c.key()), reading)
                                    .features()));
            features.add(byCriterion);
        }
        Map<String, CriterionModel> models = new TreeMap<>();
        fit(rubric, ordered, features, false, CriterionModel.SCORED_DEFAULT, models);
        Calibration scored = new Calibration(rubric.id(), models, ordered.size());
        for (Map<CriterionSpec, CriterionFeatures> byCriterion : features) {
            boolean solved = byCriterion.entrySet().stream()
                    .anyMatch(e -> e.getKey().kind() == CriterionKind.CRITICAL
                            && scored.modelFor(e.getKey()).probability(e.getValue()) >= 0.5);
            byCriterion.replaceAll((c, f) -> c.kind() == CriterionKind.PENALTY ? f.withSolved(solved) : f);
        }
        fit(rubric, ordered, features, true, CriterionModel.PENALTY_DEFAULT, models);
        return new Calibration(rubric.id(), models, ordered.size());
    }

    private void fit(
            ScoringRubric rubric,
            List<LabelledAnswer> labels,
            List<Map<CriterionSpec, CriterionFeatures>> features,
            boolean penalties,
            CriterionModel prior,
            Map<String, CriterionModel> models) {
        Map<String, List<double[]>> xs = new TreeMap<>();
        Map<String, List<Boolean>> ys = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            LabelledAnswer label = labels.get(i);
            features.get(i).forEach((c, f) -> {
                int level = c.levelIndex(label.levels().getOrDefault(c.key(), ""));
                if ((c.kind() == CriterionKind.PENALTY) == penalties && level >= 0) {
                    xs.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(f.vector());
                    ys.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(level > 0);
                }
            });
        }
        List<double[]> pooledX = new ArrayList<>();
        List<Boolean> pooledY = new ArrayList<>();
        xs.keySet().forEach(key -> {
            pooledX.addAll(xs.get(key));
            pooledY.addAll(ys.get(key));
        });
        if (!enough(pooledY)) {
            return;
        }
        CriterionModel pooled = new CriterionModel(
                LogisticFit.fit(pooledX, pooledY, prior.weights(), 2.0), CriterionModel.Source.RUBRIC, pooledY.size());
        for (String key : xs.keySet()) {
            List<Boolean> y = ys.get(key);
            models.put(
                    key,
                    enough(y)
                            ? new CriterionModel(
                                    LogisticFit.fit(xs.get(key), y, pooled.weights(), 4.0),
                                    CriterionModel.Source.CRITERION,
                                    y.size())
                            : pooled);
        }
    }

    private boolean enough(List<Boolean> verdicts) {
        long met = verdicts.stream().filter(v -> v).count();
        return verdicts.size() >= settings.minLabels()
                && met >= settings.minPerClass()
                && verdicts.size() - met >= settings.minPerClass();
    }

    private CompiledRubric compiled(ScoringRubric rubric) {
        return rubrics.get(rubric, r -> CompiledRubric.compile(r, analyzer, segmenter, encoder));
    }

    private static ScoreCard card(
            String rubricId,
            String step,
            List<CriterionScore> scores,
            List<String> notes,
            CalibrationUsed calibration) {
        List<CriterionScore> criteria =
                scores.stream().filter(s -> s.kind() != CriterionKind.PENALTY).toList();
        List<CriterionScore> penalties =
                scores.stream().filter(s -> s.kind() == CriterionKind.PENALTY).toList();
        int earned = criteria.stream().mapToInt(CriterionScore::points).sum();
        int deducted = penalties.stream().mapToInt(CriterionScore::points).sum();
        int max = criteria.stream().mapToInt(CriterionScore::maxPoints).sum();
        List<String> criticalFailures = criteria.stream()
                .filter(s -> s.kind() == CriterionKind.CRITICAL && !s.met())
                .map(CriterionScore::key)
                .toList();
        boolean review = scores.stream().anyMatch(CriterionScore::needsReview);
        return new ScoreCard(
                rubricId,
                step,
                Math.max(0, earned - deducted),
                max,
                criticalFailures.isEmpty() && !scores.isEmpty(),
                criteria,
                penalties,
                criticalFailures,
                review,
                notes,
                calibration);
    }
}
