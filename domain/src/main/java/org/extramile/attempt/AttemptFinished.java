package org.extramile.attempt;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt reached its result, or its result was recomputed (a trainer's override, a rescore).
 * Fired synchronously inside the transaction that stored it, so an observer's work commits with it.
 */
public record AttemptFinished(
        UUID attempt, String username, String scenario, int rubricVersion, double share, boolean passed, Instant at) {}
