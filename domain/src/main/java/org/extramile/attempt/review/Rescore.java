package org.extramile.attempt.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rescore, from its start to its end, and then its audit: a scenario's completed attempts scored again with a
 * rubric version, by whom and why.
 */
@Entity
@Table(name = "rescore")
public class Rescore {

    private static final int MAX_FAILURE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescore_seq")
    @SequenceGenerator(name = "rescore_seq", sequenceName = "rescore_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scenario_id", nullable = false)
    private Long scenarioId;

    @Column(name = "rubric_version_id", nullable = false)
    private Long rubricVersionId;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private int turns;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "rescored_by", nullable = false, length = 64)
    private String rescoredBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    /** When it ended, whichever way. */
    @Column(name = "rescored_at")
    private Instant rescoredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RescoreStatus status;

    /** The turns scored so far: all of them once it is saving. */
    @Column(nullable = false)
    private int scored;

    @Column(length = MAX_FAILURE)
    private String failure;

    /** Its attempts that pass now and did not before, so far; null for rescores recorded before they were counted. */
    @Column(name = "now_passing")
    private Integer nowPassing;

    /** Its attempts that passed before and no longer do, so far; null as above. */
    @Column(name = "now_failing")
    private Integer nowFailing;

    protected Rescore() {}

    Rescore(Long scenarioId, Long rubricVersionId, int attempts, int turns, String reason, String by, Instant at) {
        this.scenarioId = scenarioId;
        this.rubricVersionId = rubricVersionId;
        this.attempts = attempts;
        this.turns = turns;
        this.reason = reason;
        this.rescoredBy = by;
        this.startedAt = at;
        this.status = RescoreStatus.RUNNING;
        this.nowPassing = 0;
        this.nowFailing = 0;
    }

    void scored(int count) {
        this.scored = count;
    }

    void changedPasses(int nowPassing, int nowFailing) {
        this.nowPassing += nowPassing;
        this.nowFailing += nowFailing;
    }

    void done(Instant at) {
        this.scored = turns;
        this.status = RescoreStatus.DONE;
        this.rescoredAt = at;
    }

    void failed(String why, Instant at) {
        this.status = RescoreStatus.FAILED;
        this.failure = why == null || why.length() <= MAX_FAILURE ? why : why.substring(0, MAX_FAILURE);
        this.rescoredAt = at;
    }

    void interrupted() {
        this.status = RescoreStatus.INTERRUPTED;
    }

    Long id() {
        return id;
    }

    Long scenarioId() {
        return scenarioId;
    }

    Long rubricVersionId() {
        return rubricVersionId;
    }

    int attempts() {
        return attempts;
    }

    int turns() {
        return turns;
    }

    String reason() {
        return reason;
    }

    String rescoredBy() {
        return rescoredBy;
    }

    Instant rescoredAt() {
        return rescoredAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    RescoreStatus status() {
        return status;
    }

    int scored() {
        return scored;
    }

    String failure() {
        return failure;
    }

    Integer nowPassing() {
        return nowPassing;
    }

    Integer nowFailing() {
        return nowFailing;
    }
}
