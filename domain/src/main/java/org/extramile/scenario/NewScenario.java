package org.extramile.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an author gives to start a scenario; it starts as a draft. Pass mark and script may come later. */
public record NewScenario(
        @ScenarioSlug String slug,
        @NotBlank(message = "A title is required.")
                @Size(max = Scenario.MAX_TITLE, message = "A title is at most 200 characters.")
                String title,
        @NotBlank(message = "A summary is required.")
                @Size(max = Scenario.MAX_SUMMARY, message = "A summary is at most 2000 characters.")
                String summary,
        @Size(max = 200, message = "A source story's name is at most 200 characters.") String sourceStory,
        @DecimalMin(value = "0.05", message = "A pass mark is at least 0.05.")
                @DecimalMax(value = "1.0", message = "A pass mark is at most 1.")
                Double passMark,
        @Valid Script script) {}
