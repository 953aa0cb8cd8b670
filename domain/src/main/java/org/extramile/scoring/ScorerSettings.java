package org.extramile.scoring;

/**
 * The scorer's knobs.
 *
 * @param maxAnswerLength the longest answer the API should accept (it answers 400 above); the scorer itself
 *     scores any length without failing
 * @param doubtLow a verdict whose probability lies in [doubtLow, doubtHigh) asks for a trainer's review
 * @param doubtHigh see {@code doubtLow}
 * @param maxEmbeddedClauses clauses beyond this many are matched lexically only, to bound the time of a long answer
 * @param minLabels labels a criterion (or, pooled, a rubric version) needs, with {@code minPerClass} of each verdict,
 *     before it is calibrated
 * @param minPerClass see {@code minLabels}
 */
public record ScorerSettings(
        int maxAnswerLength,
        double doubtLow,
        double doubtHigh,
        int maxEmbeddedClauses,
        int minLabels,
        int minPerClass) {

    public static ScorerSettings defaults() {
        return new ScorerSettings(5000, 0.35, 0.65, 48, 20, 4);
    }

    public boolean accepts(String answer) {
        return answer == null || answer.length() <= maxAnswerLength;
    }
}
