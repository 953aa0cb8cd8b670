package org.extramile.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The calibration of a published rubric version, with the fingerprint of the labels it was fitted on. */
@Entity
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

    protected RubricCalibration() {}

    RubricCalibration(Long rubricVersionId) {
        this.rubricVersionId = rubricVersionId;
    }

    void fitted(LabelFingerprint fingerprint, String models, Instant at) {
        this.labelCount = fingerprint.count();
        this.lastLabelId = fingerprint.lastId();
        this.models = models;
        this.calibratedAt = at;
    }

    Long rubricVersionId() {
        return rubricVersionId;
    }

    LabelFingerprint fingerprint() {
        return new LabelFingerprint(labelCount, lastLabelId);
    }

    String models() {
        return models;
    }
}
