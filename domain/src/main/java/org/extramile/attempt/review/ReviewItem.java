package org.extramile.attempt.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.extramile.attempt.AttemptStatus;
import org.extramile.attempt.ReviewRequest;
import org.extramile.scoring.ScoreCard;

/**
 * A turn waiting for a trainer: who answered (username and name), what the customer had just said, the answer, its
 * card, the criteria the scorer was unsure about, and the trainee's request to look again ({@code request}, null when
 * the scorer's doubt alone sent it), and the exchanges of the attempt before it ({@code before}), as a trainer judging
 * an answer that refers back to them needs. {@code attemptStatus} tells whether a review still settles a result: an
 * abandoned attempt has none, and its answers are reviewed for what the scorer learns from them.
 */
public record ReviewItem(
        UUID turn,
        UUID attempt,
        AttemptStatus attemptStatus,
        String scenario,
        String trainee,
        String traineeName,
        int rubricVersion,
        String step,
        String customerLine,
        String text,
        Instant at,
        List<String> doubtful,
        ScoreCard card,
        ReviewRequest request,
        List<Exchange> before)
        implements Serializable {

    /** An earlier exchange of the same attempt: what the customer said and what the trainee answered. */
    public record Exchange(String customerLine, String answer) implements Serializable {}
}
