package org.extramile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;

/** {@link EvidenceWords} for the pages: what a clause matched and why a near miss did not count, in their language. */
@Named
@ApplicationScoped
public class EvidenceText {

    public String matched(Evidence evidence) {
        return new EvidenceWords(Texts.bundle()).matched(evidence);
    }

    public String dismissed(NearMiss miss) {
        return new EvidenceWords(Texts.bundle()).dismissed(miss);
    }

    /**
     * Why a verdict quotes nothing: met, or left in doubt, on how the whole answer reads (the calibrated model), or
     * missed with not a clause coming close.
     */
    public String unquoted(CriterionScore score) {
        String shape = score.kind() == CriterionKind.PENALTY ? "penalty" : "criterion";
        String verdict = score.met() ? "met" : score.needsReview() ? "doubtful" : "missed";
        return Texts.bundle().getString("evidence.unquoted." + shape + "." + verdict);
    }
}
