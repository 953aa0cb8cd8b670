package org.extramile.scenario.pack;

import jakarta.validation.constraints.Size;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioSlug;

/**
 * A trainer's copy of a scenario: the copy's slug, and its title (left out, the original's marked as a copy).
 */
public record ScenarioCopy(
        @ScenarioSlug String slug,
        @Size(max = Scenario.MAX_TITLE, message = "A title is at most 200 characters.") String title) {

    /** The copy's title: the one given, or the original's with " (copy)", cut to fit. */
    String titleOf(String original) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String suffix = " (copy)";
        return original.substring(0, Math.min(original.length(), Scenario.MAX_TITLE - suffix.length())) + suffix;
    }
}
