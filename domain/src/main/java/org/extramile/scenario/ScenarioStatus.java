package org.extramile.scenario;

/** Only published scenarios can be played; archived ones stay for the history of past attempts. */
public enum ScenarioStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
