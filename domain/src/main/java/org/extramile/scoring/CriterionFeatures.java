package org.extramile.scoring;

/**
 * What the decision on one criterion is made from, for one answer: the best lexical match (1 the trainer's own
 * words, 0.8 a synonym, 0.4 a partial match, 0 none), the best similarity to an exemplar of the same polarity,
 * that clause's margin over the nearest counter-example, and whether a match was ignored (negated, withdrawn,
 * conditional). Ignored matches add nothing to the first three.
 */
public record CriterionFeatures(double lexical, double similarity, double margin, boolean ignoredMatch) {

    public static final CriterionFeatures NONE = new CriterionFeatures(0, org.extramile.scoring.evidence.SemanticMatch.BASELINE, 0, false);

    /**
     * The model's input: a constant for the bias, then each feature on a scale near 1. Similarity below 0.70 is
     * read as 0.70: a clause far from every exemplar says nothing against a trainer's indicator found elsewhere.
     */
    public double[] vector() {
        return new double[] {1, lexical, (Math.max(similarity, 0.70) - 0.75) * 10, margin * 10, ignoredMatch ? 1 : 0};
    }
}
