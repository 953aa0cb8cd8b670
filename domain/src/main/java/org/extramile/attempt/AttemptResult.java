package org.extramile.attempt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Rubric;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;

/**
 * The outcome of a played attempt: the points of its turns against what they could earn, and
 * whether that share reaches the pass mark with every critical criterion met. A critical criterion
 * counts once it was met on any turn of a step it applies to (the opening step or its recovery);
 * only criteria of steps that were played can fail an attempt.
 */
public record AttemptResult(int points, int maxPoints, double share, boolean passed, List<String> failedCritical) {

    public AttemptResult {
        failedCritical = List.copyOf(failedCritical);
    }

    public static AttemptResult of(List<ScoreCard> cards, Rubric rubric, double passMark) {
        int points = cards.stream().mapToInt(ScoreCard::points).sum();
        int maxPoints = cards.stream().mapToInt(ScoreCard::maxPoints).sum();
        double share = maxPoints == 0 ? 0 : (double) points / maxPoints;
        Set<String> played = new LinkedHashSet<>();
        Set<String> met = new LinkedHashSet<>();
        for (ScoreCard card : cards) {
            played.add(card.step());
            card.criteria().stream()
                    .filter(CriterionScore::met)
                    .map(CriterionScore::key)
                    .forEach(met::add);
        }
        List<String> failed = rubric.criteria().stream()
                .filter(criterion -> criterion.kind() == CriterionKind.CRITICAL)
                .filter(criterion -> criterion.steps().stream().anyMatch(played::contains))
                .map(Criterion::key)
                .filter(key -> !met.contains(key))
                .toList();
        return new AttemptResult(points, maxPoints, share, share >= passMark && failed.isEmpty(), failed);
    }
}
