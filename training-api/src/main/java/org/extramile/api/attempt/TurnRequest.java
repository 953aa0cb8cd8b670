package org.extramile.api.attempt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An answer to the step named: the step guards against answering one the attempt has left. */
public record TurnRequest(
        @NotBlank(message = "Name the step you answer in 'step' (the attempt's current step).")
                @Size(max = 60, message = "A step key is at most 60 characters.")
                String step,
        String text) {}
