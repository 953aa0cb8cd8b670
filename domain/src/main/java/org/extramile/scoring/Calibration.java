package org.extramile.scoring;

import java.util.Map;

/**
 * The models that turn a rubric version's features into verdicts, per criterion. Made by
 * {@link Scorer#calibrate}: reproducible from the stored labels, and only numbers, so it can be stored too.
 * Criteria without a model use the defaults. {@code labels} counts the labelled answers it was fitted on.
 */
public record Calibration(String rubricId, Map<String, CriterionModel> models, int labels) {

    public Calibration {
        models = Map.copyOf(models);
    }

    public static Calibration defaults(String rubricId) {
        return new Calibration(rubricId, Map.of(), 0);
    }

    public CriterionModel modelFor(CriterionSpec criterion) {
        return models.getOrDefault(criterion.key(), CriterionModel.defaultFor(criterion.kind()));
    }

    /** What a score card reports of this calibration: trainers' labels if any model was fitted, else the defaults. */
    public CalibrationUsed used() {
        return models.isEmpty() ? CalibrationUsed.DEFAULTS : new CalibrationUsed(CalibrationUsed.LABELS, labels);
    }
}
