package org.extramile.scoring;

import java.io.Serializable;

/**
 * How a criterion's model did on the trainers' labels it was not fitted on (each predicted by a model fitted on the
 * other four fifths): the verdicts that agreed, those labelled met that it called not met ({@code missed}), and those
 * labelled not met that it called met ({@code falselyMet}). What a trainer can expect of it on answers to come.
 */
public record HeldOut(int agreed, int missed, int falselyMet) implements Serializable {

    /** Not measured: the defaults, or a calibration stored before this was. */
    public static final HeldOut NONE = new HeldOut(0, 0, 0);

    public int total() {
        return agreed + missed + falselyMet;
    }

    HeldOut plus(boolean labelledMet, boolean predictedMet) {
        if (labelledMet == predictedMet) {
            return new HeldOut(agreed + 1, missed, falselyMet);
        }
        return labelledMet ? new HeldOut(agreed, missed + 1, falselyMet) : new HeldOut(agreed, missed, falselyMet + 1);
    }
}
