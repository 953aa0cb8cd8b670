package org.extramile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
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
}
