package org.extramile.attempt;

import java.time.Instant;

/** The review queue in numbers: turns waiting, those that came since a moment, and when the oldest came (or null). */
public record ReviewBacklog(long waiting, long since, Instant oldest) {}
