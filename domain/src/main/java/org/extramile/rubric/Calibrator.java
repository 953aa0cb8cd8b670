package org.extramile.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.LabelledAnswer;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;

/**
 * Decides which calibration scores a rubric version: the defaults until its labels are enough (at least {@code
 * minLabels} labelled answers, and one criterion with {@code minPerClass} of each verdict), then models fitted on
 * them. The last calibration of each rubric version is kept with the fingerprint of its labels, so a new label
 * recalibrates on the next score (unless the scheduled job has already fitted it: see {@link Recalibration}), and no
 * score without one does. Thread-safe; pure, apart from the scorer's work.
 */
final class Calibrator {

    private static final int RUBRICS_KEPT = 64;

    private final Scorer scorer;
    private final Map<String, Calibrated> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Calibrated> eldest) {
            return size() > RUBRICS_KEPT;
        }
    };

    private record Calibrated(LabelFingerprint fingerprint, Calibration calibration) {}

    Calibrator(Scorer scorer) {
        this.scorer = scorer;
    }

    Scorer scorer() {
        return scorer;
    }

    /** The calibration for these labels, calibrated again only when the fingerprint differs from the last one. */
    Calibration calibration(ScoringRubric rubric, LabelFingerprint fingerprint, Supplier<List<LabelledAnswer>> labels) {
        return keptOr(rubric, fingerprint, () -> calibrate(rubric, labels.get()));
    }

    /** The calibration kept for these labels, else the one {@code found} gives (stored, or fitted), kept from then on. */
    Calibration keptOr(ScoringRubric rubric, LabelFingerprint fingerprint, Supplier<Calibration> found) {
        synchronized (kept) {
            Calibrated last = kept.get(rubric.id());
            if (last != null && last.fingerprint().equals(fingerprint)) {
                return last.calibration();
            }
        }
        Calibration fresh = found.get();
        keep(rubric.id(), fingerprint, fresh);
        return fresh;
    }

    /** Keeps a calibration fitted elsewhere (by the scheduled job) for the next answer to the same labels. */
    void keep(String rubricId, LabelFingerprint fingerprint, Calibration calibration) {
        synchronized (kept) {
            kept.put(rubricId, new Calibrated(fingerprint, calibration));
        }
    }

    /** Deterministic: the scorer puts the labels in a fixed order before fitting. */
    Calibration calibrate(ScoringRubric rubric, List<LabelledAnswer> labels) {
        return enough(rubric, labels) ? scorer.calibrate(rubric, labels) : Calibration.defaults(rubric.id());
    }

    private boolean enough(ScoringRubric rubric, List<LabelledAnswer> labels) {
        return labels.size() >= scorer.settings().minLabels()
                && rubric.criteria().stream().anyMatch(c -> bothVerdicts(c, labels));
    }

    private boolean bothVerdicts(CriterionSpec criterion, List<LabelledAnswer> labels) {
        int met = 0;
        int notMet = 0;
        for (LabelledAnswer label : labels) {
            int level = criterion.levelIndex(label.levels().getOrDefault(criterion.key(), ""));
            if (level > 0) {
                met++;
            } else if (level == 0) {
                notMet++;
            }
        }
        int least = scorer.settings().minPerClass();
        return met >= least && notMet >= least;
    }
}
