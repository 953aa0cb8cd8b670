package org.extramile.attempt;

import java.io.Serializable;
import java.util.List;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;

/**
 * What the trainee reads about one criterion of a turn: met or missed (for a penalty, {@code met}
 * means the behaviour was shown), the trainee's own words that earned it, the trainer's feedback,
 * and, where the answer fell short, a snippet of a model answer. Nothing of what the scorer looks
 * for (indicators, exemplars) is shown.
 */
public record CriterionFeedback(
        String key,
        String title,
        boolean penalty,
        boolean met,
        String level,
        List<String> quotes,
        String feedback,
        String modelAnswer)
        implements Serializable {

    static CriterionFeedback of(CriterionScore score, Criterion criterion) {
        boolean penalty = criterion.kind() == CriterionKind.PENALTY;
        boolean shortOf = penalty == score.met();
        return new CriterionFeedback(
                score.key(),
                score.title(),
                penalty,
                score.met(),
                score.level(),
                score.evidence().stream().map(Evidence::quote).distinct().toList(),
                score.met() ? criterion.feedback().met() : criterion.feedback().missed(),
                shortOf ? criterion.modelAnswer() : null);
    }
}
