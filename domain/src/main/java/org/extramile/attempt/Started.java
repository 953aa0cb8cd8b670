package org.extramile.attempt;

/** The attempt a start request leads to: a new one, or the one already in progress on that scenario. */
public record Started(AttemptView attempt, boolean created) {}
