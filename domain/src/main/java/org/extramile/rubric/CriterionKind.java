package org.extramile.rubric;

/** How a criterion counts: points earned, a must for passing, or points lost. */
public enum CriterionKind {
    /** Earns its level's points. */
    SCORED,
    /** Earns its points and must be met for the step to pass. */
    CRITICAL,
    /** A behaviour that costs its level's points, e.g. deflecting with policy. */
    PENALTY
}
