package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.extramile.scoring.ScoreCard;

/**
 * A stored turn: the answer, its current score card with feedback per criterion, whether a trainer
 * is still to review it, and every card it has had ({@code history}, oldest first).
 */
public record TurnView(
        UUID id,
        int number,
        String step,
        String text,
        int rubricVersion,
        boolean underReview,
        Instant at,
        ScoreCard card,
        List<CriterionFeedback> feedback,
        List<CardHistory> history)
        implements Serializable {}
