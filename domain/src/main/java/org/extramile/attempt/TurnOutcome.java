package org.extramile.attempt;

import java.util.UUID;

/**
 * The answer to a submitted turn: the turn with its score card and feedback, then either the next
 * step or, when the role-play ended, the attempt's result.
 */
public record TurnOutcome(
        UUID attempt, AttemptStatus status, TurnView turn, StepPrompt next, ResultView result, boolean underReview) {}
