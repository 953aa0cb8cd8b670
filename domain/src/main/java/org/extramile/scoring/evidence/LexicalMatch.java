package org.extramile.scoring.evidence;

import org.extramile.scoring.text.Segment;

/**
 * An indicator found in a clause: the tokens it spans ({@code first} to {@code last}, inclusive, indices into the
 * clause's tokens), how strongly, and whether all its terms were found.
 */
public record LexicalMatch(
        Segment segment,
        IndicatorPattern pattern,
        int first,
        int last,
        Strength strength,
        boolean partial,
        boolean fuzzy) {

    /** The feature value of this match for the decision: 1 for the trainer's own words, less for looser matches. */
    public double score() {
        return switch (strength) {
            case STRONG -> 1.0;
            case LIKELY -> 0.8;
            case POSSIBLE -> 0.4;
        };
    }

    public String describe() {
        String how = kind() == EvidenceKind.SYNONYM
                ? "synonym '" + pattern.phrase() + "' of indicator '" + pattern.indicator() + "'"
                : "indicator '" + pattern.indicator() + "'";
        return how + (partial ? " (in part)" : "") + (fuzzy ? " (allowing a typo)" : "");
    }

    /** The words matched: the indicator, or the synonym that stood for it. */
    public String phrase() {
        return kind() == EvidenceKind.SYNONYM ? pattern.phrase() : pattern.indicator();
    }

    public EvidenceKind kind() {
        return pattern.kind();
    }
}
