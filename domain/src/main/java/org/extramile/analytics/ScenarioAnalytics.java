package org.extramile.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One scenario's figures. {@code distribution} counts completed attempts by share of points in tenths (0–9%,
 * 10–19%, ... 90–100%); miss rates read the latest {@code turnsRead} turns, leaving out the {@code unjudged} of them
 * the scorer could not read (another language) and no trainer has judged yet; agreement compares the scorer's level
 * with the trainer's on turns a trainer reviewed.
 */
public record ScenarioAnalytics(
        String scenario,
        String title,
        long completed,
        long passed,
        int[] distribution,
        List<CriterionFigures> criteria,
        List<DayCount> attemptsPerDay,
        int turnsRead,
        int unjudged) {

    /** A criterion's miss rate where it applied, and the trainers' agreement with the scorer on it. */
    public record CriterionFigures(
            String key, String title, boolean penalty, int scored, int missed, int reviewed, int agreed) {

        /** Share of answers that missed it (for a penalty: that showed it), 0 when none applied. */
        public double missRate() {
            return scored == 0 ? 0 : (double) missed / scored;
        }

        /** Share of reviewed answers whose level the trainer kept; -1 when none was reviewed. */
        public double agreement() {
            return reviewed == 0 ? -1 : (double) agreed / reviewed;
        }
    }

    public record DayCount(LocalDate day, long attempts) {}

    public double passRate() {
        return completed == 0 ? 0 : (double) passed / completed;
    }
}
