package org.extramile.rubric;

import java.io.Serializable;

/**
 * How much the scorer has to learn one criterion from: the labelled answers that judge it, how many of them met it,
 * which model decides it now ({@code DEFAULT}, {@code RUBRIC} pooled over the criteria, or the criterion's own
 * {@code CRITERION}), and how that model did on these labels when each was held out of its fit ({@code heldOut}, null
 * (left out of the JSON) until the scorer is calibrated, and for a calibration stored before it was measured).
 */
public record CriterionLabels(String key, String title, int labelled, int met, String model, HeldOutAgreement heldOut)
        implements Serializable {}
