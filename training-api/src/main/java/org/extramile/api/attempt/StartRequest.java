package org.extramile.api.attempt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which scenario to play, by its slug. */
public record StartRequest(
        @NotBlank(message = "Name the scenario to play by its slug in 'scenario'.")
                @Size(max = 80, message = "A scenario's slug is at most 80 characters.")
                String scenario) {}
