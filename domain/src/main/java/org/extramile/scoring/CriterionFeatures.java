package org.extramile.scoring;

import java.util.Arrays;

/**
 * What the decision on one criterion is made from, for one answer: the best lexical match (1 the trainer's own
 * words, 0.8 a synonym, 0.4 a partial match, 0 none), the best similarity to an exemplar of the same polarity,
 * that clause's margin over the nearest counter-example, and whether a match was ignored (negated, withdrawn,
 * conditional). Ignored matches add nothing to the first three. For a penalty, {@code solved} says whether the
 * answer meets a critical criterion of the step: "we don't have Coke" followed by a trip to the shop states a
 * fact, it does not deflect; blame laid on somebody else is no fact, so an answer that blames is never solved. Once
 * trainers have labelled answers, {@code lean} is the most any clause leans towards the answers they said met the
 * criterion ({@link LabelledClauses}), and {@code leanTop} towards those they gave
 * the top level; both are 0 without labels. {@code refusal} says a clause refuses by a rule or a permission ("we're
 * not allowed to") or withdraws an offer with a refusal ("I'd go, but I can't leave my section"): the shelter a
 * deflection takes. {@code words} counts the answer's content words: only the model of the top level reads it
 * ({@link #topVector()}).
 */
public record CriterionFeatures(
        double lexical,
        double similarity,
        double margin,
        boolean ignoredMatch,
        boolean solved,
        double lean,
        double leanTop,
        boolean refusal,
        long words) {

    CriterionFeatures withSolved(boolean value) {
        return new CriterionFeatures(lexical, similarity, margin, ignoredMatch, value, lean, leanTop, refusal, words);
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

    /**
     * The top-level model's input: the same, and how full the answer is. Trainers gave the top level to answers about
     * twice as long as those they called partly met (a bare "here you are" against a handover that also wishes her
     * sister a happy birthday); the length says nothing of whether a criterion is met, so the first model never reads
     * it. Counted to 60 content words, where the difference has long been made.
     */
    public double[] topVector() {
        double[] met = vector();
        double[] top = Arrays.copyOf(met, met.length + 1);
        top[met.length] = Math.min(words, 60) / 20.0;
        return top;
    }
}
