package org.extramile.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to a scenario, made on the {@code version} the author read. */
public record ScenarioEdit(
        @NotNull(message = "Send the version you edited, as read from the scenario.") Long version,
        @NotBlank(message = "A title is required.")
                @Size(max = Scenario.MAX_TITLE, message = "A title is at most 200 characters.")
                String title,
        @NotBlank(message = "A summary is required.")
                @Size(max = Scenario.MAX_SUMMARY, message = "A summary is at most 2000 characters.")
                String summary,
        @Size(max = 200, message = "A source story's name is at most 200 characters.") String sourceStory,
        @NotNull(message = "A pass mark is required, e.g. 0.6 for 60% of the points.")
                @DecimalMin(value = "0.05", message = "A pass mark is at least 0.05.")
                @DecimalMax(value = "1.0", message = "A pass mark is at most 1.")
                Double passMark,
        @NotNull(message = "A script is required: {\"situation\", \"persona\", \"steps\"}.") @Valid Script script) {}
