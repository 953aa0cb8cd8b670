package org.extramile.scoring;

import java.io.Serializable;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;

/**
 * A clause of the answer that earned a criterion: the quote with its character offsets in the answer, what it
 * matched (an indicator, a synonym or the nearest exemplar) and how strongly. {@code matched} describes the match in
 * English; the other fields say the same apart from any language, for a page to word in its own: {@code phrase} is
 * the matched text alone (the indicator, the synonym, the exemplar, the labelled answer's clause), null for a
 * refusal; {@code partial} and {@code typo} qualify an indicator or synonym found in part or allowing a typo;
 * {@code refusal} tells which refusal a penalty's clause is. Cards stored before a field existed read it as null or
 * false, and keep only the English.
 */
public record Evidence(
        String quote,
        int start,
        int end,
        String matched,
        EvidenceKind kind,
        Strength strength,
        String phrase,
        boolean partial,
        boolean typo,
        Refusal refusal)
        implements Serializable {

    /** What a penalty's clause refused with, as the scorer tells them apart. */
    public enum Refusal {
        /** A rule, or an offer withdrawn: "we're not allowed to leave the floor", "but I'm too busy". */
        REFUSING,
        /** Disowning the problem: helplessness, not my job, or blame. */
        DISOWNING;

        /** The refusal as the API and the stored cards have always given it. */
        String english() {
            return this == DISOWNING
                    ? "disowning the problem: helplessness, not my job, or blame"
                    : "a refusal: a rule, or an offer withdrawn";
        }
    }

    public Evidence {
        if ((partial || typo) && kind != EvidenceKind.INDICATOR && kind != EvidenceKind.SYNONYM) {
            throw new IllegalArgumentException("Only an indicator or a synonym is found in part or with a typo");
        }
        if (refusal != null && kind != EvidenceKind.REFUSAL) {
            throw new IllegalArgumentException("Only a refusal says what it refused with");
        }
    }
}
