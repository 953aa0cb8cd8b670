package org.extramile.scoring;

import java.util.Arrays;

/**
 * A logistic model of "this criterion is met" over {@link CriterionFeatures#vector()}: weights for bias, lexical
 * match, similarity, margin, ignored match, (penalties only) a solved problem, the leans towards labelled answers, and a
 * refusal by a rule.
 * {@code top}, when fitted, is a second model of "a met criterion reaches its top level", over
 * {@link CriterionFeatures#topVector()}; without it the level climbs
 * with the first model's probability. {@code source} says where the weights came from and {@code labels} how many
 * trainer labels they were fitted on, {@code heldOut} how it did on those it was not fitted on.
 */
public record CriterionModel(double[] weights, double[] top, Source source, int labels, HeldOut heldOut) {

    public enum Source {
        /**
         * Set by hand from the feasibility study: without labels, or kept over the fitted models when those predicted
         * the criterion's held-out labels worse ({@link ModelSelection}).
         */
        DEFAULT,
        /** Fitted on the labels of every criterion of the rubric version, pooled. */
        RUBRIC,
        /** Fitted on this criterion's labels, shrunk towards the pooled model. */
        CRITERION
    }

    /** The prior weight of a lean towards labelled answers (0 without labels, so the defaults do not read it). */
    private static final double LEAN = 2.0;

    /**
     * Scored and critical criteria: a trainer's own words, or a close exemplar with a margin, meet them. Once there
     * are labels, a clause leaning 0.1 closer to the answers trainers said met it counts about as much as a synonym;
     * the fit moves the weights from there (chosen by cross-validation on the calibration splits).
     */
    static final CriterionModel SCORED_DEFAULT =
            new CriterionModel(new double[] {-3.0, 4.4, 1.7, 1.0, 0, 0, LEAN, 0, 0}, Source.DEFAULT, 0);

    /**
     * Penalties ask for more: a specific phrase, or an exemplar that is very close. A refusal ("we're not allowed to",
     * "I'd go, but I can't leave my section") is the shelter a deflection takes, as every rubric's penalty says: alone
     * it deducts (probability 0.73), but with the problem solved it only asks for review (0.38), since naming a
     * constraint while still finding a way is no deflection.
     */
    static final CriterionModel PENALTY_DEFAULT =
            new CriterionModel(new double[] {-4.0, 5.0, 1.7, 1.0, 0, -1.5, LEAN, 0, 5.0}, Source.DEFAULT, 0);

    public CriterionModel {
        weights = weights.clone();
        top = top.clone();
        heldOut = heldOut == null ? HeldOut.NONE : heldOut;
    }

    public CriterionModel(double[] weights, Source source, int labels) {
        this(weights, new double[0], source, labels, HeldOut.NONE);
    }

    CriterionModel(double[] weights, Source source, int labels, HeldOut heldOut) {
        this(weights, new double[0], source, labels, heldOut);
    }

    static CriterionModel defaultFor(CriterionKind kind) {
        return kind == CriterionKind.PENALTY ? PENALTY_DEFAULT : SCORED_DEFAULT;
    }

    public double probability(CriterionFeatures features) {
        return sigmoid(dot(weights, features.vector()));
    }

    /** The probability of the top level, when a model of it was fitted. */
    boolean hasTop() {
        return top.length > 0;
    }

    double topProbability(CriterionFeatures features) {
        return sigmoid(dot(top, features.topVector()));
    }

    CriterionModel withTop(double[] topWeights) {
        return new CriterionModel(weights, topWeights, source, labels, heldOut);
    }

    /**
     * Prior weights of a top-level model over {@link CriterionFeatures#topVector()}: the default rule, the top level
     * from a probability of 0.75, and no weight yet for the answer's fullness.
     */
    double[] impliedTop() {
        double[] implied = Arrays.copyOf(weights, weights.length + 1);
        implied[0] -= Math.log(3);
        return implied;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] top() {
        return top.clone();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CriterionModel m
                && Arrays.equals(weights, m.weights)
                && Arrays.equals(top, m.top)
                && source == m.source
                && labels == m.labels
                && heldOut.equals(m.heldOut);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights)
                + 17 * Arrays.hashCode(top)
                + source.hashCode() * 7
                + labels
                + 13 * heldOut.hashCode();
    }

    @Override
    public String toString() {
        return source + Arrays.toString(weights) + (hasTop() ? " top " + Arrays.toString(top) : "") + " on " + labels
                + " labels";
    }
}
