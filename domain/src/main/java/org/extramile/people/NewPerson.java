package org.extramile.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;

/**
 * What HR gives to enrol one person. {@code branch} is a branch code; {@code roles} defaults to
 * TRAINEE; {@code username} defaults to the employee number in lower case; {@code language} (of their mail, until
 * they use the pages in one) to the installation's.
 */
public record NewPerson(
        @NotBlank(message = "An employee number is required.")
                @Pattern(regexp = PersonRules.EMPLOYEE_NUMBER_REGEX, message = PersonRules.EMPLOYEE_NUMBER_MESSAGE)
                String employeeNumber,
        @PersonName String name,
        @PersonEmail String email,
        @NotBlank(message = "A branch code is required: see GET /api/branches.") String branch,
        @NotNull(message = "A hire date is required, as YYYY-MM-DD.") LocalDate hireDate,
        Set<Role> roles,
        @Pattern(regexp = Account.USERNAME_REGEX, message = Account.USERNAME_MESSAGE) String username,
        @Pattern(regexp = "en|fr", message = "'language' is en or fr: the language of the person's mail.")
                String language) {}
