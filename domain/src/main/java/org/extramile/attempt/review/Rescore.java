package org.extramile.attempt.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The audit of a rescore: a scenario's completed attempts scored again with a rubric version. */
@Entity
@Immutable
@Table(name = "rescore")
public class Rescore {

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

    @Column(name = "rescored_at", nullable = false)
    private Instant rescoredAt;

    protected Rescore() {}

    Rescore(Long scenarioId, Long rubricVersionId, int attempts, int turns, String reason, String by, Instant at) {
        this.scenarioId = scenarioId;
        this.rubricVersionId = rubricVersionId;
        this.attempts = attempts;
        this.turns = turns;
        this.reason = reason;
        this.rescoredBy = by;
        this.rescoredAt = at;
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
}
