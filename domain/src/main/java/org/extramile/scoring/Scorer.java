package org.extramile.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.AnswerLanguage;
import org.extramile.scoring.text.Segmenter;

/**
 * Scores a trainee's answer to one step against a rubric, offline, and explains every verdict. Thread-safe; one
 * instance serves the application. See the package documentation for the pipeline.
 */
public final class Scorer {

    /**
     * The revision of how answers are read, raised with each change to it (each evaluation look, with its figures in
     * docs/scoring-quality.md): a calibration fitted by an earlier revision weighs features this one reads otherwise,
     * so it is fitted again rather than loaded.
     */
    public static final int REVISION = 127;

    private final SentenceEncoder encoder;
    private final ScorerSettings settings;
    private final AnswerLanguage language = AnswerLanguage.shared();
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
        String foreign = applicable.isEmpty() || text.isBlank()
                ? null
                : language.foreign(text).orElse(null);
        if (applicable.isEmpty()) {
            notes.add("No criterion of rubric " + rubric.id() + " applies to step '" + stepKey + "'.");
        } else if (text.isBlank()) {
            notes.add("The answer is empty.");
            applicable.forEach(c -> scores.add(CriterionDecision.empty(c, "not met: the answer is empty")));
        } else if (foreign != null) {
            String why =
                    "the answer is written in " + AnswerLanguage.name(foreign) + " and the scorer reads English only";
            notes.add("Not scored: " + why + "; a trainer judges it.");
            applicable.forEach(c -> scores.add(CriterionDecision.unread(c, "not judged: " + why)));
        } else {
            CompiledRubric compiled = compiled(rubric);
            AnswerReading reading = AnswerReading.read(text, segmenter, encoder, settings.maxEmbeddedClauses());
            List<double[]> similarities = calibration.similarities(reading);
            if (reading.truncated()) {
                notes.add("Only the first " + settings.maxEmbeddedClauses() + " clauses were compared with exemplars.");
            }
            Set<Integer> deflecting = CriterionAssessment.deflecting(penalties(compiled, applicable), reading);
            Map<CriterionSpec, CriterionAssessment> assessed = new java.util.LinkedHashMap<>();
            for (CriterionSpec c : applicable) {
                if (c.kind() != CriterionKind.PENALTY) {
                    assessed.put(
                            c,
                            CriterionAssessment.of(
                                    compiled.criterion(c.key()),
                                    reading,
                                    calibration.neighbours(c, similarities),
                                    deflecting));
                }
            }
            assessed.forEach((c, assessment) -> scores.add(CriterionDecision.decide(
                    c, assessment.claimedElsewhere(c, assessed), calibration.modelFor(c), settings)));
            boolean solved = scores.stream().anyMatch(s -> s.kind() == CriterionKind.CRITICAL && s.met());
            for (CriterionSpec c : applicable) {
                if (c.kind() == CriterionKind.PENALTY) {
                    CriterionAssessment assessment = CriterionAssessment.of(
                                    compiled.criterion(c.key()), reading, calibration.neighbours(c, similarities))
                            .solved(solved && !reading.blames());
                    scores.add(CriterionDecision.decide(c, assessment, calibration.modelFor(c), settings));
                }
            }
        }
        return card(rubric.id(), stepKey, scores, notes, calibration.used(), foreign);
    }

    /**
     * Fits each criterion's model on trainer-labelled answers: first one model pooled over all criteria of the
     * rubric version, pulled towards the defaults; then one per criterion with enough labels of both verdicts,
     * pulled towards the pooled one; each criterion keeps whichever of these or the defaults predicts its held-out
     * labels best ({@link ModelSelection}). Criteria with more than two levels get a second model, of the top level,
     * fitted as the first two. Scored and critical criteria come first, penalties after them and apart, because a penalty reads
     * whether the fitted critical criteria were met. The labelled answers' clauses are kept for new answers to be
     * compared with; while fitting, an answer is compared with the others only. Labels are put in a fixed order
     * first, so the same labels always give the same calibration.
     */
    public Calibration calibrate(ScoringRubric rubric, List<LabelledAnswer> labels) {
        CompiledRubric compiled = compiled(rubric);
        List<LabelledAnswer> ordered = readingOrder(labels);
        List<AnswerReading> readings = ordered.stream()
                .map(l -> AnswerReading.read(l.text(), segmenter, encoder, settings.maxEmbeddedClauses()))
                .toList();
        LabelledClauses clauses = labelledClauses(rubric, ordered, readings);
        List<Map<CriterionSpec, CriterionFeatures>> features = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<double[]> similarities = clauses.similarities(readings.get(i));
            Map<CriterionSpec, CriterionFeatures> byCriterion = new java.util.LinkedHashMap<>();
            List<CriterionSpec> criteria = rubric.criteriaFor(ordered.get(i).step());
            Set<Integer> deflecting = CriterionAssessment.deflecting(penalties(compiled, criteria), readings.get(i));
            for (CriterionSpec c : criteria) {
                Neighbours neighbours = new Neighbours(clauses, c.key(), similarities, i);
                byCriterion.put(
                        c,
                        CriterionAssessment.of(compiled.criterion(c.key()), readings.get(i), neighbours, deflecting)
                                .features());
            }
            features.add(byCriterion);
        }
        Map<String, CriterionModel> models = new TreeMap<>();
        fit(ordered, features, false, models);
        Calibration scored = new Calibration(rubric.id(), models, clauses, ordered.size());
        for (int i = 0; i < features.size(); i++) {
            Map<CriterionSpec, CriterionFeatures> byCriterion = features.get(i);
            boolean solved = !readings.get(i).blames()
                    && byCriterion.entrySet().stream()
                            .anyMatch(e -> e.getKey().kind() == CriterionKind.CRITICAL
                                    && scored.modelFor(e.getKey()).probability(e.getValue()) >= 0.5);
            byCriterion.replaceAll((c, f) -> c.kind() == CriterionKind.PENALTY ? f.withSolved(solved) : f);
        }
        fit(ordered, features, true, models);
        return new Calibration(rubric.id(), models, clauses, ordered.size());
    }

    /**
     * The labelled answers a calibration learns from, in the order it reads them: not the empty ones nor those in
     * another language, by step and text. {@link HeldOut#wrong()} names answers by their place here.
     */
    public List<LabelledAnswer> readingOrder(List<LabelledAnswer> labels) {
        return labels.stream()
                .filter(l -> !l.text().isBlank() && language.foreign(l.text()).isEmpty())
                .sorted(Comparator.comparing(LabelledAnswer::step).thenComparing(LabelledAnswer::text))
                .toList();
    }

    private static List<CompiledCriterion> penalties(CompiledRubric compiled, List<CriterionSpec> criteria) {
        return criteria.stream()
                .filter(c -> c.kind() == CriterionKind.PENALTY)
                .map(c -> compiled.criterion(c.key()))
                .toList();
    }

    /** Every embedded clause of every labelled answer, and per criterion the answer was labelled on, its level. */
    private static LabelledClauses labelledClauses(
            ScoringRubric rubric, List<LabelledAnswer> labels, List<AnswerReading> readings) {
        LabelledClauses.Builder builder = new LabelledClauses.Builder();
        for (int i = 0; i < labels.size(); i++) {
            AnswerReading reading = readings.get(i);
            for (int k = 0; k < reading.vectors().size(); k++) {
                int clause = builder.pool(
                        reading.clauses().get(k).text(),
                        reading.vectors().get(k),
                        reading.cues().get(k).negator().isPresent());
                for (CriterionSpec c : rubric.criteriaFor(labels.get(i).step())) {
                    int level = c.levelIndex(labels.get(i).levels().getOrDefault(c.key(), ""));
                    if (level >= 0) {
                        builder.label(c.key(), clause, i, level);
                    }
                }
            }
        }
        return builder.build();
    }

    /** Fits the "met" models, then the top-level models, of either the penalties or the other criteria. */
    private void fit(
            List<LabelledAnswer> labels,
            List<Map<CriterionSpec, CriterionFeatures>> features,
            boolean penalties,
            Map<String, CriterionModel> models) {
        Map<String, List<double[]>> xs = new TreeMap<>();
        Map<String, List<Boolean>> met = new TreeMap<>();
        Map<String, List<Integer>> places = new TreeMap<>();
        Map<String, List<double[]>> topXs = new TreeMap<>();
        Map<String, List<Boolean>> atTop = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            LabelledAnswer label = labels.get(i);
            int place = i;
            features.get(i).forEach((c, f) -> {
                int level = c.levelIndex(label.levels().getOrDefault(c.key(), ""));
                if ((c.kind() == CriterionKind.PENALTY) == penalties && level >= 0) {
                    xs.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(f.vector());
                    met.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(level > 0);
                    places.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(place);
                    // The top level is only asked of a met criterion: it is learnt from the answers met.
                    if (c.levels().size() > 2 && level > 0) {
                        topXs.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(f.topVector());
                        atTop.computeIfAbsent(c.key(), k -> new ArrayList<>())
                                .add(level == c.levels().size() - 1);
                    }
                }
            });
        }
        CriterionModel prior = penalties ? CriterionModel.PENALTY_DEFAULT : CriterionModel.SCORED_DEFAULT;
        ModelSelection.Result selected =
                ModelSelection.select(xs, met, prior.weights(), this::enough, penalties ? settings.doubtHigh() : 0.5);
        if (selected.choices().isEmpty()) {
            return;
        }
        double[] pooled = selected.pooled();
        selected.choices()
                .forEach((key, choice) -> models.put(
                        key,
                        new CriterionModel(
                                choice.weights(),
                                choice.source(),
                                met.get(key).size(),
                                choice.heldOut().placedBy(places.get(key)))));
        Map<String, double[]> tops =
                fit(topXs, atTop, new CriterionModel(pooled, CriterionModel.Source.RUBRIC, 0).impliedTop());
        double[] pooledTop = tops.remove(POOLED);
        atTop.keySet().forEach(key -> {
            double[] top = tops.getOrDefault(key, pooledTop);
            if (top != null) {
                models.put(key, models.get(key).withTop(top));
            }
        });
    }

    private static final String POOLED = "";

    /**
     * Weights pooled over every criterion given, pulled towards {@code prior}, under the key {@value #POOLED}; and per
     * criterion with enough labels of both verdicts, pulled towards the pooled weights. Empty without enough labels.
     */
    private Map<String, double[]> fit(Map<String, List<double[]>> xs, Map<String, List<Boolean>> ys, double[] prior) {
        List<double[]> pooledX = new ArrayList<>();
        List<Boolean> pooledY = new ArrayList<>();
        xs.keySet().forEach(key -> {
            pooledX.addAll(xs.get(key));
            pooledY.addAll(ys.get(key));
        });
        Map<String, double[]> weights = new TreeMap<>();
        if (!enough(pooledY)) {
            return weights;
        }
        double[] pooled = LogisticFit.fit(pooledX, pooledY, prior, ModelSelection.POOLED_LAMBDA);
        weights.put(POOLED, pooled);
        xs.keySet().stream()
                .filter(key -> enough(ys.get(key)))
                .forEach(key -> weights.put(
                        key, LogisticFit.fit(xs.get(key), ys.get(key), pooled, ModelSelection.CRITERION_LAMBDA)));
        return weights;
    }

    private boolean enough(List<Boolean> verdicts) {
        long met = verdicts.stream().filter(v -> v).count();
        return verdicts.size() >= settings.minLabels()
                && met >= settings.minPerClass()
                && verdicts.size() - met >= settings.minPerClass();
    }

    private CompiledRubric compiled(ScoringRubric rubric) {
        return rubrics.get(
                rubric,
                (r, previous) -> CompiledRubric.compile(
                        r,
                        analyzer,
                        segmenter,
                        encoder,
                        previous.map(CompiledRubric::exemplars).orElse(Map.of())));
    }

    private static ScoreCard card(
            String rubricId,
            String step,
            List<CriterionScore> scores,
            List<String> notes,
            CalibrationUsed calibration,
            String foreignLanguage) {
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
                calibration,
                foreignLanguage);
    }
}
