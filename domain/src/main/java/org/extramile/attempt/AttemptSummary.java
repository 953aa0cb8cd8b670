package org.extramile.attempt;

import java.time.Instant;
import java.util.UUID;

/** One attempt in a trainee's list: where it stands and, once completed, its result. */
public record AttemptSummary(
        UUID id,
        String scenario,
        String title,
        AttemptStatus status,
        String currentStep,
        boolean underReview,
        Instant startedAt,
        Instant finishedAt,
        ResultView result) {}
