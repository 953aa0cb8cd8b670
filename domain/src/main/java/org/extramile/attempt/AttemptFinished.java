package org.extramile.attempt;

import java.time.Instant;
import java.util.UUID;

/** An attempt completed, or its result was recomputed (a review, a rescore): observers read its verdict. */
public record AttemptFinished(
        UUID attempt, String username, String scenario, int rubricVersion, double share, boolean passed, Instant at) {}
