package org.extramile.scoring.evidence;

import java.util.List;

/**
 * An indicator phrase ready to match: its analysed terms in order, and how it was made (the trainer's own words,
 * or one of them replaced by a synonym). {@code strict} patterns keep their small words ("on the house") because
 * without them too little is left to be specific.
 */
public record IndicatorPattern(
        String indicator, String phrase, List<String> terms, boolean strict, boolean negated, EvidenceKind kind) {

    public IndicatorPattern {
        terms = List.copyOf(terms);
    }
}
