package org.extramile.attempt;

/** How often a scenario may be attempted; null means without limit. */
public record PolicyView(String scenario, Integer maxAttempts, Integer cooldownMinutes) {}
