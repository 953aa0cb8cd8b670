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

/** A trainer's verdict on an answer for one criterion: what the scorer's calibration learns from. */
@Entity
@Immutable
@Table(name = "scoring_label")
public class ScoringLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_label_seq")
    @SequenceGenerator(name = "scoring_label_seq", sequenceName = "scoring_label_seq", allocationSize = 50)
    private Long id;

    @Column(name = "rubric_version_id", nullable = false)
    private Long rubricVersionId;

    @Column(nullable = false, length = 60)
    private String step;

    @Column(nullable = false, length = 20_000)
    private String answer;

    @Column(nullable = false, length = 60)
    private String criterion;

    @Column(nullable = false, length = 60)
    private String level;

    @Column(name = "labelled_by", nullable = false, length = 64)
    private String labelledBy;

    @Column(name = "labelled_at", nullable = false)
    private Instant labelledAt;

    protected ScoringLabel() {}

    ScoringLabel(
            Long rubricVersionId, String step, String answer, String criterion, String level, String by, Instant at) {
        this.rubricVersionId = rubricVersionId;
        this.step = step;
        this.answer = answer;
        this.criterion = criterion;
        this.level = level;
        this.labelledBy = by;
        this.labelledAt = at;
    }
}
