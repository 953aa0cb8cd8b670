package org.extramile.scoring;

import java.io.Serializable;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;

/**
 * A clause of the answer that earned a criterion: the quote with its character offsets in the answer, what it
 * matched (an indicator, a synonym or the nearest exemplar) and how strongly.
 */
public record Evidence(String quote, int start, int end, String matched, EvidenceKind kind, Strength strength)
        implements Serializable {}
