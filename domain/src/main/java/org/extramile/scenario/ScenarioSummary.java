package org.extramile.scenario;

import java.io.Serializable;

/** A scenario as the catalogue shows it. */
public record ScenarioSummary(
        String slug, String title, String summary, String sourceStory, ScenarioStatus status, long version)
        implements Serializable {}
