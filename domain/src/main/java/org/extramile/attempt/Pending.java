package org.extramile.attempt;

import org.extramile.rubric.LabelScope;
import org.extramile.rubric.Rubric;

/**
 * What scoring a turn needs, read before the scorer runs outside any transaction: the pinned version, and its labels
 * for the calibration.
 */
public record Pending(String rubricId, Rubric rubric, LabelScope labels, String step) {}
