package org.extramile.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.extramile.scenario.Step;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.ConflictException;

/**
 * One trainee playing one scenario, on the rubric version pinned when it started. A state machine:
 * in progress at a current step, then completed with its result, or abandoned. The version column
 * makes two turns for the same step conflict; the turn's unique position settles which one counts.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "scenario_id", nullable = false)
    private Long scenarioId;

    @Column(name = "rubric_version_id", nullable = false)
    private Long rubricVersionId;

    /** Where the trainee worked when they started it, for analytics by branch: none for staff without one. */
    @Column(name = "branch_id")
    private Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "current_step", length = 60)
    private String currentStep;

    @Column(nullable = false)
    private int turns;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private Integer points;

    @Column(name = "max_points")
    private Integer maxPoints;

    @Column(precision = 5, scale = 4)
    private BigDecimal share;

    private Boolean passed;

    @Column(name = "failed_critical", length = 2000)
    private String failedCritical;

    @Column(name = "under_review", nullable = false)
    private boolean underReview;

    @Version
    private long version;

    protected Attempt() {}

    Attempt(Long accountId, Long branchId, Long scenarioId, Long rubricVersionId, String firstStep, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.branchId = branchId;
        this.scenarioId = scenarioId;
        this.rubricVersionId = rubricVersionId;
        this.status = AttemptStatus.IN_PROGRESS;
        this.currentStep = firstStep;
        this.startedAt = now;
    }

    /**
     * The trainee's answer to the current step, scored: the turn to store, and the attempt moves on
     * to the step the answer leads to, or completes.
     */
    Turn answer(Step step, String text, ScoreCard card, String idempotencyKey, Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new ConflictException("This attempt is "
                    + status.name().toLowerCase().replace('_', ' ') + ": start a new attempt to play again.");
        }
        if (!step.key().equals(currentStep)) {
            throw notAt(currentStep);
        }
        Optional<String> next = Optional.ofNullable(
                step.route(card.metCriteria(), card.criteriaMetInFull()).next());
        Turn turn =
                new Turn(id, turns, step.key(), text, card, rubricVersionId, next.orElse(null), idempotencyKey, now);
        turns++;
        underReview |= card.needsReview();
        currentStep = next.orElse(null);
        if (next.isEmpty()) {
            status = AttemptStatus.COMPLETED;
            finishedAt = now;
        }
        return turn;
    }

    /** The result of the turns played, set when the attempt completes and again when a card changes. */
    void settle(AttemptResult result, boolean anyTurnUnderReview) {
        points = result.points();
        maxPoints = result.maxPoints();
        share = BigDecimal.valueOf(result.share()).setScale(4, RoundingMode.HALF_UP);
        passed = result.passed();
        failedCritical = String.join(",", result.failedCritical());
        underReview = anyTurnUnderReview;
    }

    /** A trainer settled the doubts about its turns, or some remain. */
    void reviewed(boolean anyTurnUnderReview) {
        underReview = anyTurnUnderReview;
    }

    /** Its turns were scored again with another version of the rubric. */
    public void rescoredWith(Long versionId) {
        rubricVersionId = versionId;
    }

    void abandon(Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new ConflictException("Only an attempt in progress can be abandoned; this one is "
                    + status.name().toLowerCase().replace('_', ' ') + ".");
        }
        status = AttemptStatus.ABANDONED;
        currentStep = null;
        finishedAt = now;
    }

    static ConflictException notAt(String currentStep) {
        return new ConflictException(
                currentStep == null
                        ? "This attempt has no step to answer any more: it has ended."
                        : "This attempt is at step '" + currentStep + "' now: answer that step.");
    }

    public UUID id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Long scenarioId() {
        return scenarioId;
    }

    public Long rubricVersionId() {
        return rubricVersionId;
    }

    public AttemptStatus status() {
        return status;
    }

    public Optional<String> currentStep() {
        return Optional.ofNullable(currentStep);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean underReview() {
        return underReview;
    }

    /** The result, once the attempt has completed. */
    public Optional<AttemptResult> result() {
        if (passed == null) {
            return Optional.empty();
        }
        List<String> failed = failedCritical == null || failedCritical.isEmpty()
                ? List.of()
                : Arrays.asList(failedCritical.split(","));
        return Optional.of(new AttemptResult(points, maxPoints, share.doubleValue(), passed, failed));
    }
}
