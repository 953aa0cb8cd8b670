package org.extramile.rubric;

import java.io.Serializable;

/**
 * How much the scorer has to learn one criterion from: the labelled answers that judge it, how many of them met it,
 * and which model decides it now ({@code DEFAULT}, {@code RUBRIC} pooled over the criteria, or the criterion's own
 * {@code CRITERION}).
 */
public record CriterionLabels(String key, String title, int labelled, int met, String model) implements Serializable {}
