package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.extramile.scenario.Persona;
import org.extramile.scenario.Situation;

/**
 * An attempt as its trainee (or a trainer) reads it: the situation and the customer as the script it was played with
 * tells them, the step to answer while in progress, the turns played, and the result once completed.
 * {@code underReview} while a trainer is to look at a turn: the result may still change.
 */
public record AttemptView(
        UUID id,
        String scenario,
        String title,
        Situation situation,
        Persona persona,
        int rubricVersion,
        AttemptStatus status,
        boolean underReview,
        StepPrompt currentStep,
        Instant startedAt,
        Instant finishedAt,
        ResultView result,
        List<TurnView> turns)
        implements Serializable {}
