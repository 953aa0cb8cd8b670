package org.extramile.rubric;

import java.io.Serializable;
import java.util.List;
import org.extramile.shared.Page;

/**
 * What the scorer learns from for a scenario's draft ({@code version} null) or one of its published versions: whether
 * it is calibrated on them yet ({@code calibrated}, once there are {@code needed} labelled answers with both verdicts
 * on some criterion), each criterion's labels and model, and the labelled answers, newest first.
 */
public record ScenarioLabels(
        String scenario,
        Integer version,
        boolean calibrated,
        int labelledAnswers,
        int needed,
        List<CriterionLabels> criteria,
        Page<LabelledAnswerView> answers)
        implements Serializable {

    public ScenarioLabels {
        criteria = List.copyOf(criteria);
    }
}
