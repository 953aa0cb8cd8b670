package org.extramile.attempt;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.extramile.scenario.Step;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;

/** Which step follows an answer: the script's branches read the criteria the answer met. */
final class Branching {

    private Branching() {}

    /** The next step's key, or empty when the role-play ends with this answer. */
    static Optional<String> next(Step step, ScoreCard card) {
        return step.next(met(card));
    }

    /** The keys of the criteria met, penalties aside: a branch asks what the trainee did well. */
    static Set<String> met(ScoreCard card) {
        return card.criteria().stream()
                .filter(CriterionScore::met)
                .filter(score -> score.kind() != CriterionKind.PENALTY)
                .map(CriterionScore::key)
                .collect(Collectors.toUnmodifiableSet());
    }
}
