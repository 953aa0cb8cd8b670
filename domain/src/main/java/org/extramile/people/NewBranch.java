package org.extramile.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What HR or an administrator gives to add a branch. */
public record NewBranch(
        @NotBlank(message = "A branch code is required, e.g. 'CITY-01'.")
                @Pattern(
                        regexp = "\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,31}\\s*",
                        message = "A branch code is 1 to 32 letters, digits, dashes or underscores.")
                String code,
        @NotBlank(message = "A branch name is required.")
                @Size(max = Branch.MAX_NAME, message = "A branch name is at most 200 characters.")
                String name) {}
