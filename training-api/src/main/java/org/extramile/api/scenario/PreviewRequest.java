package org.extramile.api.scenario;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An answer to try against the draft rubric; the first step when {@code step} is left out. */
public record PreviewRequest(
        @Size(max = 60, message = "A step key is at most 60 characters.") String step,
        @NotNull(message = "Send the answer to score as 'text'.")
                @Size(max = 5000, message = "An answer is at most 5000 characters.")
                String text) {}
