package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.extramile.scoring.ScoreCard;

/**
 * A stored turn: the customer's line it answered ({@code prompt}, as the trainee read it then, even when the script has
 * changed since; null when that version lacks the step), the answer, its current score card with feedback per
 * criterion, whether a trainer is still to review it, every card it has had ({@code history}, oldest first), and the
 * trainee's request for another look ({@code reviewRequest}, null when they made none).
 */
public record TurnView(
        UUID id,
        int number,
        String step,
        StepPrompt prompt,
        String text,
        int rubricVersion,
        boolean underReview,
        Instant at,
        ScoreCard card,
        List<CriterionFeedback> feedback,
        List<CardHistory> history,
        ReviewRequest reviewRequest)
        implements Serializable {

    /** Whether a trainer has set this answer's levels: their verdict stands, and cannot be asked for again. */
    public boolean reviewedByATrainer() {
        return history.stream().anyMatch(card -> card.source() == CardSource.OVERRIDE);
    }

    /** Whether the trainee may still ask a trainer to look at this answer again. */
    public boolean mayAskForReview() {
        return reviewRequest == null && !reviewedByATrainer();
    }
}
