package org.extramile.api.attempt;

/** A scenario's retry limits; a field left out (or null) means no limit. */
public record PolicyEdit(Integer maxAttempts, Integer cooldownMinutes) {}
