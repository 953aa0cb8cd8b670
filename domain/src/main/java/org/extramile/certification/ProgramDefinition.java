package org.extramile.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A program as a trainer writes it: the scenarios it requires, the pass rule (every one passed, and optionally a
 * minimum average of their best scores), how long a certificate stays valid, within how many days of their hire
 * people must first earn it ({@code dueDays}; null: no deadline; those hired before the day it is introduced count from
 * that day), and who issues it. {@code version} is the one edited (ignored when creating).
 */
public record ProgramDefinition(
        @NotBlank(message = "A slug is required.")
                @Size(max = 60, message = "A slug is at most 60 characters.")
                @Pattern(
                        regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                        message = "A slug is lowercase words joined by dashes, e.g. 'cx-essentials'.")
                String slug,
        @NotBlank(message = "A title is required.") @Size(max = 200, message = "A title is at most 200 characters.")
                String title,
        @NotBlank(message = "A description is required.")
                @Size(max = 2000, message = "A description is at most 2000 characters.")
                String description,
        @NotEmpty(message = "A program requires at least one scenario.")
                @Size(max = 50, message = "A program requires at most 50 scenarios.")
                List<@NotBlank(message = "A scenario's slug is required.") String> scenarios,
        @DecimalMin(value = "0.0", message = "A minimum average is at least 0.")
                @DecimalMax(value = "1.0", message = "A minimum average is at most 1.")
                Double minAverage,
        @NotNull(message = "A validity in months is required.")
                @Min(value = 1, message = "A certificate is valid for at least 1 month.")
                @Max(value = 120, message = "A certificate is valid for at most 120 months.")
                Integer validityMonths,
        @Min(value = 1, message = "A deadline is at least 1 day after the hire date.")
                @Max(value = MAX_DUE_DAYS, message = "A deadline is at most 3650 days after the hire date.")
                Integer dueDays,
        @NotNull(message = "An issuer is required.") @Valid Issuer issuer,
        Long version) {

    /** The longest deadline after hire, in days: ten years. */
    public static final int MAX_DUE_DAYS = 3650;
}
