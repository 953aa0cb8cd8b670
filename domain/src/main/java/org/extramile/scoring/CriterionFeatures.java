package org.extramile.scoring;

/**
 * What the decision on one criterion is made from, for one answer: the best lexical match (1 the trainer's own
 * words, 0.8 a synonym, 0.4 a partial match, 0 none), the best similarity to an exemplar of the same polarity,
 * that clause's margin over the nearest counter-example, and whether a match was ignored (negated, withdrawn,
 * conditional). Ignored matches add nothing to the first three. For a penalty, {@code solved} says whether the
 * answer meets a critical criterion of the step: "we don't have Coke" followed by a trip to the shop states a
 * fact, it does not deflect.
 */
public record CriterionFeatures(
        double lexical, double similarity, double margin, boolean ignoredMatch, boolean solved) {

    CriterionFeatures withSolved(boolean value) {
        return new CriterionFeatures(lexical, similarity, margin, ignoredMatch, value);
    }

    /**
     * The model's input: a constant for the bias, then each feature on a scale near 1. Similarity counts from 0.60,
     * about where unrelated sentences sit with this model: a clause far from every exemplar says nothing against a
     * trainer's indicator found elsewhere.
     */
    public double[] vector() {
        return new double[] {
            1, lexical, (Math.max(similarity, 0.60) - 0.60) * 10, margin * 10, ignoredMatch ? 1 : 0, solved ? 1 : 0
        };
    }
}
