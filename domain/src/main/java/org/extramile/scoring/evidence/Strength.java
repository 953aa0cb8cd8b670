package org.extramile.scoring.evidence;

/** How strongly one piece of evidence supports a criterion, as a trainer reads it. */
public enum Strength {
    POSSIBLE,
    LIKELY,
    STRONG;

    public Strength weaker() {
        return this == STRONG ? LIKELY : POSSIBLE;
    }
}
