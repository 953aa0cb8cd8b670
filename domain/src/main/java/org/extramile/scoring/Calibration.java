package org.extramile.scoring;

import java.util.Map;

/**
 * The models that turn a rubric version's features into verdicts, per criterion. Made by
 * {@link Scorer#calibrate}: reproducible from the stored labels, and only numbers, so it can be stored too.
 * Criteria without a model use the defaults.
 */
public record Calibration(String rubricId, Map<String, CriterionModel> models) {

    public Calibration {
        models = Map.copyOf(models);
    }

    public static Calibration defaults(String rubricId) {
        return new Calibration(rubricId, Map.of());
    }

    public CriterionModel modelFor(CriterionSpec criterion) {
        return models.getOrDefault(criterion.key(), CriterionModel.defaultFor(criterion.kind()));
    }
}
