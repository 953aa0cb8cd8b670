package org.extramile.rubric;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;
import org.extramile.scoring.ScoreCard;

/**
 * A rubric scored on its own examples, to show where it contradicts itself: a counter-example the scorer accepts
 * (it says a level's words, or an indicator), an exemplar it rejects, a model answer below the top level. Each
 * text is scored at the first step its criterion applies to, as an answer would be.
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

    /** @param score what the scorer makes of a text at a step */
    public static List<Finding> of(Rubric rubric, BiFunction<String, String, ScoreCard> score) {
        List<Finding> findings = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            if (c.steps().isEmpty()) {
                continue;
            }
            String step = c.steps().get(0);
            String top = c.levels().get(c.levels().size() - 1).name();
            for (String text : c.evidence().counterExamples()) {
                verdict(score.apply(step, text), c)
                        .filter(CriterionScore::met)
                        .ifPresent(v -> findings.add(finding(c, Kind.COUNTER_EXAMPLE_MET, text, v)));
            }
            for (String text : c.evidence().exemplars()) {
                verdict(score.apply(step, text), c)
                        .filter(v -> !v.met())
                        .ifPresent(v -> findings.add(finding(c, Kind.EXEMPLAR_MISSED, text, v)));
            }
            if (c.kind() != CriterionKind.PENALTY
                    && c.modelAnswer() != null
                    && !c.modelAnswer().isBlank()) {
                verdict(score.apply(step, c.modelAnswer()), c)
                        .filter(v -> !v.level().equals(top))
                        .ifPresent(v -> findings.add(finding(c, Kind.MODEL_ANSWER_SHORT, c.modelAnswer(), v)));
            }
        }
        return List.copyOf(findings);
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
