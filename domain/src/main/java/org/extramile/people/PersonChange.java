package org.extramile.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * HR correcting one person's record: a new name, email, branch (a code) or hire date; {@code language} of their mail
 * and {@code active} (false: they have left and can no longer log in) only when given. {@code version} is the one HR
 * saw, so that two officers editing the same person conflict instead of overwriting each other.
 */
public record PersonChange(
        @NotBlank(message = "A name is required.")
                @Size(max = PersonRules.MAX_NAME, message = "A name is at most 200 characters.")
                String name,
        @NotBlank(message = "An email address is required.")
                @Size(max = PersonRules.MAX_EMAIL, message = "An email address is at most 254 characters.")
                @Pattern(regexp = PersonRules.EMAIL_REGEX, message = PersonRules.EMAIL_MESSAGE)
                String email,
        @NotBlank(message = "A branch code is required: see GET /api/branches.") String branch,
        @NotNull(message = "A hire date is required, as YYYY-MM-DD.") LocalDate hireDate,
        @Pattern(regexp = "en|fr", message = "'language' is en or fr: the language of the person's mail.")
                String language,
        Boolean active,
        @NotNull(
                        message =
                                "'version' is required: the version of the person you saw (GET /api/people/{employeeNumber}).")
                Long version) {}
