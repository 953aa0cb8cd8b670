package org.extramile.rubric;

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
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A trainer's verdict on an answer for one criterion: what the scorer's calibration learns from. It belongs to a
 * published rubric version, or, without one, to the scenario's draft.
 */
@Entity
@Immutable
@Table(name = "scoring_label")
public class ScoringLabel {

    /** Where a label came from. */
    public enum Source {
        /** A trainer overrode a level on a scored turn: the text is a trainee's answer. */
        OVERRIDE,
        /** A trainer said "this verdict is wrong" in preview. */
        PREVIEW,
        /** A labelled example stored with the rubric, as a scenario pack carries them. */
        EXAMPLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_label_seq")
    @SequenceGenerator(name = "scoring_label_seq", sequenceName = "scoring_label_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scenario_id", nullable = false)
    private Long scenarioId;

    @Column(name = "rubric_version_id")
    private Long rubricVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

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
            Long scenarioId,
            Long rubricVersionId,
            Source source,
            String step,
            String answer,
            String criterion,
            String level,
            String by,
            Instant at) {
        this.scenarioId = scenarioId;
        this.rubricVersionId = rubricVersionId;
        this.source = source;
        this.step = step;
        this.answer = answer;
        this.criterion = criterion;
        this.level = level;
        this.labelledBy = by;
        this.labelledAt = at;
    }

    /**
     * Who gave which level to which words, when and how: the same for a label and its copies in later versions, so
     * that an override carried to several counts once.
     */
    List<Object> given() {
        return List.of(source, step, answer, criterion, level, labelledBy, labelledAt);
    }

    /** The same label, kept with a published version of the draft it was given on. */
    ScoringLabel carriedTo(Long versionId) {
        return new ScoringLabel(scenarioId, versionId, source, step, answer, criterion, level, labelledBy, labelledAt);
    }

    Long scenarioId() {
        return scenarioId;
    }

    Long id() {
        return id;
    }

    Source source() {
        return source;
    }

    String step() {
        return step;
    }

    String answer() {
        return answer;
    }

    String criterion() {
        return criterion;
    }

    String level() {
        return level;
    }

    String labelledBy() {
        return labelledBy;
    }

    Instant labelledAt() {
        return labelledAt;
    }

    /** Written by a trainer for the draft (in preview, or carried by a pack), not a review of a trainee's turn. */
    boolean trainerWritten() {
        return source != Source.OVERRIDE && rubricVersionId == null;
    }
}
