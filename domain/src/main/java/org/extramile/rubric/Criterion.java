package org.extramile.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.extramile.scenario.Limits;
import org.extramile.shared.Lists;

/** One thing a trainer looks for in an answer, at the steps it applies to. */
public record Criterion(
        @NotBlank(message = "A criterion needs a key.")
                @Size(max = Limits.KEY, message = "A criterion's key is at most 60 characters.")
                @Pattern(
                        regexp = Limits.KEY_PATTERN,
                        message = "A criterion's key is lowercase words joined by dashes.")
                String key,
        @NotBlank(message = "A criterion needs a title.")
                @Size(max = Limits.NAME, message = "A criterion's title is at most 200 characters.")
                String title,
        @Size(max = Limits.TEXT, message = "A criterion's description is at most 2000 characters.") String description,
        @NotNull(message = "A criterion's kind is SCORED, CRITICAL or PENALTY.") CriterionKind kind,
        @NotEmpty(message = "A criterion applies to at least one step.")
                List<@NotBlank(message = "A step key cannot be empty.") String> steps,
        @NotNull(message = "A criterion needs its levels.")
                @Size(min = 2, max = 6, message = "A criterion has 2 to 6 levels.")
                List<@NotNull(message = "A level cannot be empty.") @Valid Level> levels,
        @Valid Evidence evidence,
        @Valid Feedback feedback,
        @Size(max = Limits.TEXT, message = "A model answer is at most 2000 characters.") String modelAnswer) {

    public Criterion {
        steps = Lists.frozen(steps);
        levels = Lists.frozen(levels);
        evidence = evidence == null ? Evidence.none() : evidence;
        feedback = feedback == null ? new Feedback(null, null) : feedback;
    }

    public int maxPoints() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).points();
    }

    public boolean appliesTo(String step) {
        return steps.contains(step);
    }
}
