package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.scenario.Script;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.LabelledAnswer;
import org.extramile.scoring.LevelSpec;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScorerSettings;
import org.extramile.scoring.ScoringRubric;
import org.extramile.scoring.evidence.SentenceEncoder;

/**
 * Scores answers against rubrics: adapts the rubric model to the scorer's port, calibrates each rubric version from
 * its trainers' labels once there are enough of them, and holds the one scorer of the application (its embedding
 * model is loaded once, on first use).
 */
@ApplicationScoped
public class RubricScorer {

    private volatile Calibrator calibrator;

    @Inject
    ScoringLabels labels;

    @Inject
    StoredCalibrations stored;

    @Inject
    @ConfigProperty(name = "extramile.scoring.max-answer-length", defaultValue = "5000")
    int maxAnswerLength;

    @Inject
    @ConfigProperty(name = "extramile.scoring.calibration.min-labels", defaultValue = "20")
    int minLabels;

    /**
     * Scores an answer to one step, calibrated by the labels in {@code scope}; {@code id} names the rubric's version
     * for the scorer's caches.
     */
    public ScoreCard score(String id, Rubric rubric, LabelScope scope, String step, String answer) {
        return calibrator().scorer().score(port(id, rubric), calibration(id, rubric, scope), step, answer);
    }

    /** The calibration answers are scored with now: kept in memory, stored by another node, or fitted here. */
    Calibration calibration(String id, Rubric rubric, LabelScope scope) {
        ScoringRubric port = port(id, rubric);
        Calibrator current = calibrator();
        LabelFingerprint fingerprint = labels.fingerprint(scope);
        return current.keptOr(port, fingerprint, () -> storedOrFitted(current, port, scope, fingerprint));
    }

    /** The labelled answers in the order a calibration reads them ({@link Scorer#readingOrder}). */
    List<LabelledAnswer> readingOrder(List<LabelledAnswer> labels) {
        return calibrator().scorer().readingOrder(labels);
    }

    /** The labelled answers a rubric version needs before the scorer calibrates on them. */
    int minLabels() {
        return minLabels;
    }

    /**
     * Fits a published version's calibration on its labels as they are now, stores it for every node and keeps it in
     * this one's memory: the scheduled job's work, so that no answer waits for a calibration.
     */
    public void recalibrate(String id, Rubric rubric, Long versionId) {
        ScoringRubric port = port(id, rubric);
        Calibrator current = calibrator();
        ScoringLabels.Labelled now = labels.labelled(LabelScope.version(versionId));
        Calibration fitted = current.calibrate(port, now.answers());
        stored.save(versionId, now.fingerprint(), fitted);
        current.keep(port.id(), now.fingerprint(), fitted);
    }

    /**
     * A published version's calibration as another node (or the job) stored it for these labels, else fitted here
     * and stored; a draft's is fitted and only kept in memory, as it changes while a trainer works on it. Without
     * labels there is nothing to fit or store: the defaults.
     */
    private Calibration storedOrFitted(
            Calibrator current, ScoringRubric port, LabelScope scope, LabelFingerprint fingerprint) {
        if (scope.isDraft() || fingerprint.count() == 0) {
            return current.calibrate(port, labels.answers(scope));
        }
        return stored.find(scope.versionId(), fingerprint).orElseGet(() -> {
            ScoringLabels.Labelled now = labels.labelled(scope);
            Calibration fitted = current.calibrate(port, now.answers());
            stored.save(scope.versionId(), now.fingerprint(), fitted);
            return fitted;
        });
    }

    /** The longest answer accepted for scoring; longer ones are refused before the scorer sees them. */
    public int maxAnswerLength() {
        return maxAnswerLength;
    }

    /** Whether the scorer, with its embedding model, is in memory yet: it loads on the first answer scored. */
    public boolean modelLoaded() {
        return calibrator != null;
    }

    static ScoringRubric port(String id, Rubric rubric) {
        return new ScoringRubric(
                id, rubric.criteria().stream().map(RubricScorer::port).toList());
    }

    private static CriterionSpec port(Criterion criterion) {
        List<LevelSpec> levels = criterion.levels().stream()
                .map(level -> new LevelSpec(level.name(), level.points(), level.indicators()))
                .toList();
        return new CriterionSpec(
                criterion.key(),
                criterion.title(),
                org.extramile.scoring.CriterionKind.valueOf(criterion.kind().name()),
                criterion.steps(),
                levels,
                criterion.evidence().indicators(),
                criterion.evidence().synonyms(),
                criterion.evidence().exemplars(),
                criterion.evidence().counterExamples());
    }

    /** The step an answer is for: the one named, or the script's first. */
    static String stepOf(Script script, String step) {
        return step == null ? script.first().key() : step;
    }

    private Calibrator calibrator() {
        Calibrator current = calibrator;
        if (current == null) {
            synchronized (this) {
                current = calibrator;
                if (current == null) {
                    ScorerSettings defaults = ScorerSettings.defaults();
                    current = new Calibrator(new Scorer(
                            SentenceEncoder.shared(),
                            new ScorerSettings(
                                    maxAnswerLength,
                                    defaults.doubtLow(),
                                    defaults.doubtHigh(),
                                    defaults.maxEmbeddedClauses(),
                                    minLabels,
                                    defaults.minPerClass())));
                    calibrator = current;
                }
            }
        }
        return current;
    }
}
