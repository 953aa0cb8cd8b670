package org.extramile.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One scenario's figures. {@code completed} counts the attempts completed with a settled result, and
 * {@code awaitingReview} those completed whose result waits for a trainer's review, left out of the pass rate and the
 * distribution until then. {@code distribution} counts completed attempts by share of points in tenths (0–9%,
 * 10–19%, ... 90–100%); miss rates count {@code turnsRead} of the latest turns, leaving out those the scorer could
 * not read (another language) and no trainer judged, of which {@code unjudged} still wait for a trainer; agreement
 * compares the scorer's level with the trainer's on turns a trainer reviewed. {@code latest} lists the latest
 * attempts, newest first, for a trainer to open. {@code steps} say where the latest {@code attemptsRead} attempts went,
 * step by step.
 */
public record ScenarioAnalytics(
        String scenario,
        String title,
        long completed,
        long awaitingReview,
        long passed,
        int[] distribution,
        List<CriterionFigures> criteria,
        List<DayCount> attemptsPerDay,
        int turnsRead,
        int unjudged,
        List<RecentAttempt> latest,
        int attemptsRead,
        List<StepFigures> steps) {

    /**
     * A step: its place in the script and the customer's line there (0 and null for a step no longer in it), how many
     * answers it had and which step each led to, and how many attempts stopped there unfinished: left for good
     * ({@code abandoned}), or waiting for their trainee ({@code waiting}).
     */
    public record StepFigures(
            String key,
            int place,
            String customerLine,
            long answered,
            List<Onward> onward,
            long waiting,
            long abandoned) {

        /** The attempts that got this far. */
        public long reached() {
            return answered + waiting + abandoned;
        }
    }

    /** Where some of a step's answers led: another step, or the role-play's end ({@code step} null). */
    public record Onward(String step, long answers) {}

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
