package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt as its trainee (or a trainer) reads it: the step to answer while in progress, the
 * turns played, and the result once completed. {@code underReview} while a trainer is to look at a
 * turn: the result may still change.
 */
public record AttemptView(
        UUID id,
        String scenario,
        String title,
        int rubricVersion,
        AttemptStatus status,
        boolean underReview,
        StepPrompt currentStep,
        Instant startedAt,
        Instant finishedAt,
        ResultView result,
        List<TurnView> turns)
        implements Serializable {}
