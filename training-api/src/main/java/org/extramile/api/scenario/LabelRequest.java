package org.extramile.api.scenario;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.extramile.rubric.LabelledExample;

/**
 * "This verdict is wrong": the levels an answer deserves, by criterion key and level name; the first step when
 * {@code step} is left out.
 */
public record LabelRequest(
        @Size(max = 60, message = "A step key is at most 60 characters.") String step,
        @NotNull(message = "Send the answer that is labelled as 'text'.")
                @Size(max = 5000, message = "An answer is at most 5000 characters.")
                String text,
        @NotNull(message = "Send the levels as 'levels': {\"criterion-key\": \"level\"}.") Map<String, String> levels) {

    LabelledExample example() {
        return new LabelledExample(step, text, levels);
    }
}
