package org.extramile.scoring;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The score of one answer to one step. {@code points} are the points earned by scored and critical criteria minus
 * the penalties, never below 0; {@code maxPoints} what scored and critical criteria can earn. {@code passed} holds
 * when every critical criterion of the step is met. {@code needsReview} asks a trainer to look: at least one
 * verdict fell in the band of doubt. {@code calibration} says whether trainers' labels or the defaults decided the
 * verdicts; cards stored before it was recorded read as the defaults, which were all there was then.
 * {@code foreignLanguage} names, as a BCP 47 tag ("fr"), the language of an answer the scorer could not read because
 * it is not English: no criterion was judged, and every one waits for a trainer; null for an answer read.
 */
public record ScoreCard(
        String rubricId,
        String step,
        int points,
        int maxPoints,
        boolean passed,
        List<CriterionScore> criteria,
        List<CriterionScore> penalties,
        List<String> criticalFailures,
        boolean needsReview,
        List<String> notes,
        CalibrationUsed calibration,
        String foreignLanguage)
        implements Serializable {

    public ScoreCard {
        calibration = calibration == null ? CalibrationUsed.DEFAULTS : calibration;
        criteria = List.copyOf(criteria);
        penalties = List.copyOf(penalties);
        criticalFailures = List.copyOf(criticalFailures);
        notes = List.copyOf(notes);
    }

    /**
     * The card of an answer whose words were erased with its author's personal data: the same levels and points, for
     * the figures, without the quotes of the answer (evidence, near misses, hedges) or reasons that could quote it.
     */
    public ScoreCard erased() {
        return new ScoreCard(
                rubricId,
                step,
                points,
                maxPoints,
                passed,
                criteria.stream().map(CriterionScore::erased).toList(),
                penalties.stream().map(CriterionScore::erased).toList(),
                criticalFailures,
                needsReview,
                List.of(),
                calibration,
                foreignLanguage);
    }

    /** Whether the answer went unread: see {@code foreignLanguage}. */
    public boolean unread() {
        return foreignLanguage != null;
    }

    /** The keys of the criteria met, penalties aside: a script's branches ask what the trainee did well. */
    public Set<String> metCriteria() {
        return metWhere(score -> true);
    }

    /** Of {@link #metCriteria()}, those met at their top level (every point they can earn). */
    public Set<String> criteriaMetInFull() {
        return metWhere(score -> score.points() == score.maxPoints());
    }

    private Set<String> metWhere(Predicate<CriterionScore> condition) {
        return criteria.stream()
                .filter(CriterionScore::met)
                .filter(score -> score.kind() != CriterionKind.PENALTY)
                .filter(condition)
                .map(CriterionScore::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Points as a share of the maximum, 0 when nothing can be earned: comparable across steps. */
    public double ratio() {
        return maxPoints == 0 ? 0 : (double) points / maxPoints;
    }
}
