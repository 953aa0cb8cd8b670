package org.extramile.scoring;

/** What a criterion does to a score: earns points, must be met to pass, or costs points when shown. */
public enum CriterionKind {
    SCORED,
    CRITICAL,
    PENALTY
}
