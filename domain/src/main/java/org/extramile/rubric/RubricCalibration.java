package org.extramile.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.extramile.scoring.Scorer;
import org.hibernate.annotations.Immutable;

/**
 * The calibration of a published rubric version, with the fingerprint of the labels it was fitted on. Written by
 * {@link StoredCalibrations} with plain SQL, so that two nodes storing it at once do not collide.
 */
@Entity
@Immutable
@Table(name = "rubric_calibration")
public class RubricCalibration {

    @Id
    @Column(name = "rubric_version_id")
    private Long rubricVersionId;

    @Column(name = "label_count", nullable = false)
    private long labelCount;

    @Column(name = "last_label_id", nullable = false)
    private long lastLabelId;

    @Column(nullable = false, length = 200_000)
    private String models;

    @Column(name = "calibrated_at", nullable = false)
    private Instant calibratedAt;

    @Column(name = "scorer_revision", nullable = false)
    private int scorerRevision;

    protected RubricCalibration() {}

    Long rubricVersionId() {
        return rubricVersionId;
    }

    LabelFingerprint fingerprint() {
        return new LabelFingerprint(labelCount, lastLabelId);
    }

    /** Whether the scorer running now fitted it: one of an earlier revision weighs what that one read. */
    boolean current() {
        return scorerRevision == Scorer.REVISION;
    }

    String models() {
        return models;
    }
}
