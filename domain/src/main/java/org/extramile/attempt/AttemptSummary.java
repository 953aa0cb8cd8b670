package org.extramile.attempt;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt in a trainee's list: where it stands and, once completed, its result, and when a trainer last rescored
 * it with a newer rubric version (null if never: its result is the one it got when played).
 */
public record AttemptSummary(
        UUID id,
        String scenario,
        String title,
        AttemptStatus status,
        String currentStep,
        boolean underReview,
        Instant startedAt,
        Instant finishedAt,
        ResultView result,
        Instant rescoredAt) {}
