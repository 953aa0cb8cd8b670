package org.extramile.scenario.pack;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.extramile.scenario.Scenario;

/**
 * A trainer's copy of a scenario: the copy's slug, and its title (left out, the original's marked as a copy).
 */
public record ScenarioCopy(
        @NotBlank(message = "The copy needs a slug of its own.")
                @Size(max = Scenario.MAX_SLUG, message = "A slug is at most 80 characters.")
                @Pattern(
                        regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                        message = "A slug is lowercase words joined by dashes, e.g. 'late-delivery'.")
                String slug,
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
