package org.extramile.scoring;

import java.util.List;
import java.util.Map;

/**
 * The models that turn a rubric version's features into verdicts, per criterion, and the labelled answers' clauses
 * the new answers are compared with. Made by {@link Scorer#calibrate}: reproducible from the stored labels, and only
 * numbers and texts, so it can be stored too. Criteria without a model use the defaults. {@code labels} counts the
 * labelled answers it was fitted on.
 */
public record Calibration(String rubricId, Map<String, CriterionModel> models, LabelledClauses clauses, int labels) {

    public Calibration {
        models = Map.copyOf(models);
    }

    public static Calibration defaults(String rubricId) {
        return new Calibration(rubricId, Map.of(), LabelledClauses.NONE, 0);
    }

    public CriterionModel modelFor(CriterionSpec criterion) {
        return models.getOrDefault(criterion.key(), CriterionModel.defaultFor(criterion.kind()));
    }

    /** The answer's clauses against the labelled ones, for every criterion with a fitted model. */
    List<double[]> similarities(AnswerReading reading) {
        return models.isEmpty() ? List.of() : clauses.similarities(reading);
    }

    /** A criterion's neighbours; none without a fitted model, whose weights would not read them. */
    Neighbours neighbours(CriterionSpec criterion, List<double[]> similarities) {
        return models.containsKey(criterion.key())
                ? new Neighbours(clauses, criterion.key(), similarities, -1)
                : Neighbours.NONE;
    }

    /** What a score card reports of this calibration: trainers' labels if any model was fitted, else the defaults. */
    public CalibrationUsed used() {
        return models.isEmpty() ? CalibrationUsed.DEFAULTS : new CalibrationUsed(CalibrationUsed.LABELS, labels);
    }
}
