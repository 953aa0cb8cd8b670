package org.extramile.attempt.review;

import java.time.Instant;
import java.util.UUID;

/** One audited override: the criterion's level and the turn's points before and after, who, when and why. */
public record OverrideView(
        UUID attempt,
        UUID turn,
        String criterion,
        String levelBefore,
        String levelAfter,
        int pointsBefore,
        int pointsAfter,
        String reason,
        String by,
        Instant at) {}
