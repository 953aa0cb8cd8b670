package org.extramile.scoring;

import java.io.Serializable;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;

/**
 * A clause that looked like evidence but did not count, and why: "ignored: negated by 'can't'", "ignored: withdrawn
 * by 'but I'm too busy'", "ignored: a conditional that promises nothing".
 */
public record NearMiss(
        String quote, int start, int end, String matched, EvidenceKind kind, Strength strength, String reason)
        implements Serializable {}
