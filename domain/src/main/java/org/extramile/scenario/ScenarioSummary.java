package org.extramile.scenario;

/** A scenario as the catalogue shows it. */
public record ScenarioSummary(
        String slug, String title, String summary, String sourceStory, ScenarioStatus status, long version) {}
