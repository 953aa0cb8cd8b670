package org.extramile.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.extramile.scoring.ScoreCard;

/**
 * One answer of an attempt, stored once with the card that scored it and the rubric version of that
 * card. A trainer's override or a rescore replaces the card; the earlier ones stay as {@link TurnCard}s.
 */
@Entity
@Table(name = "turn")
public class Turn {

    @Id
    private UUID id;

    @Column(name = "attempt_id", nullable = false)
    private UUID attemptId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 60)
    private String step;

    @Column(nullable = false, length = 20_000)
    private String answer;

    @Convert(converter = ScoreCardConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private ScoreCard card;

    @Column(name = "rubric_version_id", nullable = false)
    private Long rubricVersionId;

    @Column(name = "next_step", length = 60)
    private String nextStep;

    @Column(name = "under_review", nullable = false)
    private boolean underReview;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "review_request", length = 1000)
    private String reviewRequest;

    @Column(name = "review_requested_at")
    private Instant reviewRequestedAt;

    protected Turn() {}

    Turn(
            UUID attemptId,
            int number,
            String step,
            String answer,
            ScoreCard card,
            Long rubricVersionId,
            String nextStep,
            String idempotencyKey,
            Instant now) {
        this.id = UUID.randomUUID();
        this.attemptId = attemptId;
        this.number = number;
        this.step = step;
        this.answer = answer;
        this.card = card;
        this.rubricVersionId = rubricVersionId;
        this.nextStep = nextStep;
        this.underReview = card.needsReview();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
    }

    /** A trainer set the levels: the card is final and the turn leaves the review queue. */
    public void overridden(ScoreCard newCard) {
        card = newCard;
        underReview = false;
    }

    /** Scored again with another rubric version; the branch taken stays what it was, and so does a trainee's request. */
    public void rescored(ScoreCard newCard, Long versionId) {
        card = newCard;
        rubricVersionId = versionId;
        underReview = newCard.needsReview() || reviewRequestPending();
    }

    /** The trainee asked a trainer to look at the answer again: back in the review queue, with their note. */
    void reviewRequested(String note, Instant now) {
        reviewRequest = note;
        reviewRequestedAt = now;
        underReview = true;
    }

    private boolean reviewRequestPending() {
        return reviewRequest != null && underReview;
    }

    /** The trainee's request for another look, if they made one. */
    public Optional<ReviewRequest> reviewRequest() {
        return reviewRequest == null
                ? Optional.empty()
                : Optional.of(new ReviewRequest(reviewRequest, reviewRequestedAt));
    }

    public UUID id() {
        return id;
    }

    public UUID attemptId() {
        return attemptId;
    }

    public int number() {
        return number;
    }

    public String step() {
        return step;
    }

    public String answer() {
        return answer;
    }

    public ScoreCard card() {
        return card;
    }

    public Long rubricVersionId() {
        return rubricVersionId;
    }

    public Optional<String> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    public boolean underReview() {
        return underReview;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
