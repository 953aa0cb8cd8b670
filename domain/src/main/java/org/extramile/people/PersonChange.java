package org.extramile.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * HR correcting one person's record: a new name, email, branch (a code) or hire date; {@code language} of their mail
 * and {@code active} (false: they have left and can no longer log in) only when given. {@code version} is the one HR
 * saw, so that two officers editing the same person conflict instead of overwriting each other.
 */
public record PersonChange(
        @PersonName String name,
        @PersonEmail String email,
        @NotBlank(message = "A branch code is required: see GET /api/branches.") String branch,
        @NotNull(message = "A hire date is required, as YYYY-MM-DD.") LocalDate hireDate,
        @Pattern(regexp = "en|fr", message = "'language' is en or fr: the language of the person's mail.")
                String language,
        Boolean active,
        @NotNull(
                        message =
                                "'version' is required: the version of the person you saw (GET /api/people/{employeeNumber}).")
                Long version) {}
