package org.extramile.analytics;

import java.time.Instant;
import java.util.UUID;
import org.extramile.attempt.AttemptStatus;

/**
 * One of a scenario's latest attempts, for a trainer to open: whose (username and name), when, how it stands, and its
 * share of points and verdict once completed ({@code null} before; {@code underReview} while a trainer is to look).
 */
public record RecentAttempt(
        UUID id,
        String trainee,
        String traineeName,
        AttemptStatus status,
        Instant startedAt,
        Instant finishedAt,
        Double share,
        Boolean passed,
        boolean underReview) {}
