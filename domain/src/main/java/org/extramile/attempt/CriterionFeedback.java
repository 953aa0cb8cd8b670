package org.extramile.attempt;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Level;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.text.Hedge;

/**
 * What the trainee reads about one criterion of a turn: met or missed (for a penalty, {@code met}
 * means the behaviour was shown), the trainee's own words that earned it, the trainer's feedback,
 * and, where the answer fell short, a snippet of a model answer. A criterion met below its top level
 * also says what the top level asks for ({@code topLevel} and its descriptor), so "partly" tells the
 * trainee what was missing, and shows the model answer too; when the trainee's own words kept it
 * there ("I might", "you could ring them"), {@code hedge} quotes them. Such a criterion shows the
 * descriptor of the level reached ({@code levelDescriptor}) in place of the trainer's feedback when met,
 * which praises what only the top level does. Nothing of what the scorer looks for (indicators,
 * exemplars) is shown.
 */
public record CriterionFeedback(
        String key,
        String title,
        boolean penalty,
        boolean met,
        String level,
        List<String> quotes,
        String feedback,
        String modelAnswer,
        String topLevel,
        String topDescriptor,
        Hedge hedge,
        String levelDescriptor)
        implements Serializable {

    static CriterionFeedback of(CriterionScore score, Criterion criterion) {
        boolean penalty = criterion.kind() == CriterionKind.PENALTY;
        boolean shortOf = penalty == score.met();
        Optional<Level> top = penalty || !score.met() ? Optional.empty() : topLevelAbove(score, criterion);
        Optional<String> reached = top.flatMap(t -> criterion.levels().stream()
                .filter(l -> l.name().equals(score.level()))
                .map(Level::descriptor)
                .filter(d -> d != null && !d.isBlank())
                .findFirst());
        return new CriterionFeedback(
                score.key(),
                score.title(),
                penalty,
                score.met(),
                score.level(),
                // In the answer's order, as the trainee wrote them.
                score.evidence().stream()
                        .sorted(Comparator.comparingInt(Evidence::start))
                        .map(Evidence::quote)
                        .distinct()
                        .toList(),
                reached.isPresent()
                        ? null
                        : score.met()
                                ? criterion.feedback().met()
                                : criterion.feedback().missed(),
                shortOf || top.isPresent() ? criterion.modelAnswer() : null,
                top.map(Level::name).orElse(null),
                top.map(Level::descriptor).orElse(null),
                top.isPresent() ? score.hedge() : null,
                reached.orElse(null));
    }

    /** The criterion's top level when the score is below it and the rubric says what it asks for. */
    private static Optional<Level> topLevelAbove(CriterionScore score, Criterion criterion) {
        Level top = criterion.levels().get(criterion.levels().size() - 1);
        return top.name().equals(score.level())
                        || top.descriptor() == null
                        || top.descriptor().isBlank()
                ? Optional.empty()
                : Optional.of(top);
    }
}
