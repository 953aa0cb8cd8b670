package org.extramile.analytics;

import org.extramile.scenario.ScenarioStatus;

/**
 * How trainees fare with one scenario, beside the others. {@code completed} and {@code passed} count attempts completed
 * with a settled result ({@code awaitingReview}: completed, their result waiting for a trainer); {@code meanShare} is
 * their mean share of points, null when none; {@code firstTries} counts the trainees whose first completed attempt is
 * settled, and {@code passedFirstTime} those of them it passed: the plainest measure of how hard a scenario is, which
 * retries do not blur.
 */
public record ScenarioStanding(
        String scenario,
        String title,
        ScenarioStatus status,
        long trainees,
        long inProgress,
        long abandoned,
        long completed,
        long awaitingReview,
        long passed,
        Double meanShare,
        long firstTries,
        long passedFirstTime) {

    /** Share of settled completed attempts that passed; null when none is. */
    public Double passRate() {
        return completed == 0 ? null : (double) passed / completed;
    }

    /** Share of trainees who passed at their first completed attempt; null when nobody has a settled one. */
    public Double firstTimePassRate() {
        return firstTries == 0 ? null : (double) passedFirstTime / firstTries;
    }
}
