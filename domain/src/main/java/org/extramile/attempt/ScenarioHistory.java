package org.extramile.attempt;

/**
 * A trainee's record on one scenario: how many attempts, and the share of the first, the best and the
 * latest completed one (absent until one completes).
 */
public record ScenarioHistory(String scenario, int attempts, int completed, Double first, Double best, Double latest) {}
