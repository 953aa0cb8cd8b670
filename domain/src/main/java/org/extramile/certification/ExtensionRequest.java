package org.extramile.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * HR extending one trainee's deadline for a program: the new day, why (kept with it and audited), and the version of
 * the extension HR saw (left out when there was none yet).
 */
public record ExtensionRequest(
        @NotNull(message = "'dueBy' is required: the new deadline, e.g. 2027-01-15.") LocalDate dueBy,
        @NotBlank(message = "'reason' is required: why the deadline moves, e.g. sick leave.")
                @Size(max = 500, message = "'reason' is at most 500 characters.")
                String reason,
        Long version) {}
