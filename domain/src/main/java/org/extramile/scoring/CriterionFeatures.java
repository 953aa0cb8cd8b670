package org.extramile.scoring;

/**
 * What the decision on one criterion is made from, for one answer: the best lexical match (1 the trainer's own
 * words, 0.8 a synonym, 0.4 a partial match, 0 none), the best similarity to an exemplar of the same polarity,
 * that clause's margin over the nearest counter-example, and whether a match was ignored (negated, withdrawn,
 * conditional). Ignored matches add nothing to the first three. For a penalty, {@code solved} says whether the
 * answer meets a critical criterion of the step: "we don't have Coke" followed by a trip to the shop states a
 * fact, it does not deflect. Once trainers have labelled answers, {@code lean} is the most any clause leans towards
 * the answers they said met the criterion ({@link LabelledClauses}), and {@code leanTop} towards those they gave
 * the top level; both are 0 without labels. {@code refusal} says a clause refuses by a rule or a permission ("we're
 * not allowed to") or withdraws an offer with a refusal ("I'd go, but I can't leave my section"): the shelter a
 * deflection takes.
 */
public record CriterionFeatures(
        double lexical,
        double similarity,
        double margin,
        boolean ignoredMatch,
        boolean solved,
        double lean,
        double leanTop,
        boolean refusal) {

    CriterionFeatures withSolved(boolean value) {
        return new CriterionFeatures(lexical, similarity, margin, ignoredMatch, value, lean, leanTop, refusal);
    }

    /**
     * The model's input: a constant for the bias, then each feature on a scale near 1. Similarity counts from 0.60,
     * about where unrelated sentences sit with this model: a clause far from every exemplar says nothing against a
     * trainer's indicator found elsewhere.
     */
    public double[] vector() {
        return new double[] {
            1,
            lexical,
            (Math.max(similarity, 0.60) - 0.60) * 10,
            margin * 10,
            ignoredMatch ? 1 : 0,
            solved ? 1 : 0,
            lean * 10,
            leanTop * 10,
            refusal ? 1 : 0
        };
    }
}
