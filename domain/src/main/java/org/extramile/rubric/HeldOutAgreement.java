package org.extramile.rubric;

import java.io.Serializable;
import org.extramile.scoring.HeldOut;

/**
 * How a criterion's model did on labelled answers it was not fitted on: verdicts that agreed with the trainer's, those
 * it missed (labelled met, called not met) and those it met wrongly.
 */
public record HeldOutAgreement(int agreed, int missed, int falselyMet) implements Serializable {

    static HeldOutAgreement of(HeldOut heldOut) {
        return new HeldOutAgreement(heldOut.agreed(), heldOut.missed(), heldOut.falselyMet());
    }

    public int total() {
        return agreed + missed + falselyMet;
    }
}
