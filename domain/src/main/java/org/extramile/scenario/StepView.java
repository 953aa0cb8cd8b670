package org.extramile.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * A step as shown: for a trainee the customer's side only; for an author also where it leads
 * ({@code branches} and {@code defaultNext} are left out for trainees).
 */
public record StepView(
        String key, String customerLine, String stageDirection, boolean end, List<Branch> branches, String defaultNext)
        implements Serializable {

    static StepView forTrainee(Step step) {
        return new StepView(step.key(), step.customerLine(), step.stageDirection(), step.ends(), null, null);
    }

    static StepView forAuthor(Step step) {
        return new StepView(
                step.key(),
                step.customerLine(),
                step.stageDirection(),
                step.ends(),
                step.branches(),
                step.defaultNext());
    }
}
