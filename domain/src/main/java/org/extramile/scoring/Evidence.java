package org.extramile.scoring;

import java.io.Serializable;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;

/**
 * A clause of the answer that earned a criterion: the quote with its character offsets in the answer, what it
 * matched (an indicator, a synonym or the nearest exemplar) and how strongly. {@code matched} describes the match in
 * English; {@code phrase} is the matched text alone (the indicator, the synonym, the exemplar, the labelled answer's
 * clause) for a page to describe in its own language: null for a refusal, and on cards stored before it existed.
 */
public record Evidence(
        String quote, int start, int end, String matched, EvidenceKind kind, Strength strength, String phrase)
        implements Serializable {}
