package org.extramile.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * One scenario in full. A trainee sees the published script; an author sees the script being
 * edited, with its branches, and the {@code version} to send back with a change.
 */
public record ScenarioView(
        String slug,
        String title,
        String summary,
        String sourceStory,
        ScenarioStatus status,
        long version,
        double passMark,
        Situation situation,
        Persona persona,
        List<StepView> steps,
        Integer publishedVersion)
        implements Serializable {}
