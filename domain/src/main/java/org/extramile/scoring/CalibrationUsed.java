package org.extramile.scoring;

import java.io.Serializable;

/**
 * Which calibration scored a card: {@code "defaults"} (the hand-set models, no trainer labels) or {@code "labels"}
 * (models fitted on {@code labels} labelled answers of the rubric version).
 */
public record CalibrationUsed(String source, int labels) implements Serializable {

    public static final String DEFAULT_SOURCE = "defaults";
    public static final String LABELS = "labels";
    public static final CalibrationUsed DEFAULTS = new CalibrationUsed(DEFAULT_SOURCE, 0);
}
