package org.extramile.rubric;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;
import org.extramile.scoring.ScoreCard;

/**
 * A rubric scored on its own examples, to show where it contradicts itself: a counter-example the scorer accepts
 * (it says a level's words, or an indicator), an exemplar it rejects, a model answer below the top level. Each
 * text is scored at the first step its criterion applies to, as an answer would be. A counter-example is scored by
 * the rubric without it: an answer that says it word for word never counts, but one that says it in other words
 * would count as the rubric stands otherwise, and that is what the author needs to see.
 */
public final class RubricSelfCheck {

    /** What went against the rubric's own word. */
    public enum Kind {
        COUNTER_EXAMPLE_MET,
        EXEMPLAR_MISSED,
        MODEL_ANSWER_SHORT
    }

    /**
     * One contradiction: the criterion, its example, the level the scorer gave it and why; {@code reason} in English
     * for the API, {@code evidence} and {@code nearMisses} for a page to word in its own language.
     */
    public record Finding(
            String criterion,
            String title,
            Kind kind,
            String text,
            String level,
            String reason,
            List<Evidence> evidence,
            List<NearMiss> nearMisses)
            implements Serializable {

        public Finding {
            evidence = List.copyOf(evidence);
            nearMisses = List.copyOf(nearMisses);
        }
    }

    private RubricSelfCheck() {}

    /** What the scorer makes of a text at a step, under a rubric. */
    @FunctionalInterface
    public interface Scoring {
        ScoreCard score(Rubric rubric, String step, String text);
    }

    public static List<Finding> of(Rubric rubric, Scoring scoring) {
        List<Finding> findings = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            if (c.steps().isEmpty()) {
                continue;
            }
            String step = c.steps().get(0);
            String top = c.levels().get(c.levels().size() - 1).name();
            for (String text : c.evidence().counterExamples()) {
                verdict(scoring.score(without(rubric, c, text), step, text), c)
                        .filter(CriterionScore::met)
                        .ifPresent(v -> findings.add(finding(c, Kind.COUNTER_EXAMPLE_MET, text, v)));
            }
            for (String text : c.evidence().exemplars()) {
                verdict(scoring.score(rubric, step, text), c)
                        .filter(v -> !v.met())
                        .ifPresent(v -> findings.add(finding(c, Kind.EXEMPLAR_MISSED, text, v)));
            }
            if (c.kind() != CriterionKind.PENALTY
                    && c.modelAnswer() != null
                    && !c.modelAnswer().isBlank()) {
                verdict(scoring.score(rubric, step, c.modelAnswer()), c)
                        .filter(v -> !v.level().equals(top))
                        .ifPresent(v -> findings.add(finding(c, Kind.MODEL_ANSWER_SHORT, c.modelAnswer(), v)));
            }
        }
        return List.copyOf(findings);
    }

    private static Rubric without(Rubric rubric, Criterion criterion, String counterExample) {
        org.extramile.rubric.Evidence e = criterion.evidence();
        List<String> others = e.counterExamples().stream()
                .filter(t -> !t.equals(counterExample))
                .toList();
        Criterion changed = new Criterion(
                criterion.key(),
                criterion.title(),
                criterion.description(),
                criterion.kind(),
                criterion.steps(),
                criterion.levels(),
                new org.extramile.rubric.Evidence(e.indicators(), e.synonyms(), e.exemplars(), others),
                criterion.feedback(),
                criterion.modelAnswer());
        return new Rubric(rubric.criteria().stream()
                .map(c -> c == criterion ? changed : c)
                .toList());
    }

    private static Optional<CriterionScore> verdict(ScoreCard card, Criterion c) {
        return Stream.concat(card.criteria().stream(), card.penalties().stream())
                .filter(s -> s.key().equals(c.key()))
                .findFirst();
    }

    private static Finding finding(Criterion c, Kind kind, String text, CriterionScore verdict) {
        return new Finding(
                c.key(),
                c.title(),
                kind,
                text,
                verdict.level(),
                verdict.reason(),
                verdict.evidence(),
                verdict.nearMisses());
    }
}
