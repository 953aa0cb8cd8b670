package org.extramile.scoring;

import java.io.Serializable;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;

/**
 * A clause that looked like evidence but did not count, and why: "ignored: negated by 'can't'", "ignored: withdrawn
 * by 'but I'm too busy'", "ignored: a conditional that promises nothing". {@code dismissal} says the same for a page
 * to word in its own language; it is null on cards stored before it existed.
 */
public record NearMiss(
        String quote,
        int start,
        int end,
        String matched,
        EvidenceKind kind,
        Strength strength,
        String reason,
        Dismissal dismissal)
        implements Serializable {

    static NearMiss of(
            String quote,
            int start,
            int end,
            String matched,
            EvidenceKind kind,
            Strength strength,
            Dismissal dismissal) {
        return new NearMiss(quote, start, end, matched, kind, strength, dismissal.english(), dismissal);
    }
}
