package org.extramile.attempt;

import java.io.Serializable;
import org.extramile.scenario.Step;

/** A step as the trainee meets it: the customer's line and what happens; {@code end} when no step follows. */
public record StepPrompt(String key, String customerLine, String stageDirection, boolean end) implements Serializable {

    static StepPrompt of(Step step) {
        return new StepPrompt(step.key(), step.customerLine(), step.stageDirection(), step.ends());
    }
}
