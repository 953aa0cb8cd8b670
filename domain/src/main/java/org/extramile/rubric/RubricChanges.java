package org.extramile.rubric;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a rubric from one published version to the next, criterion by criterion: what a trainer reads
 * before rescoring, and what explains a trainee's score that moved. Pure, so the rule is tested on its own.
 */
public final class RubricChanges {

    private RubricChanges() {}

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** What of a criterion changed; its evidence covers indicators, synonyms, exemplars and counter-examples. */
    public enum Aspect {
        TITLE,
        DESCRIPTION,
        KIND,
        STEPS,
        LEVELS,
        EVIDENCE,
        FEEDBACK,
        MODEL_ANSWER
    }

    /** A criterion added, removed, or changed in these aspects; its title as the newer version has it. */
    public record CriterionChange(String key, String title, Change change, List<Aspect> aspects)
            implements Serializable {

        public CriterionChange {
            aspects = List.copyOf(aspects);
        }
    }

    /** The criteria of {@code after} that {@code before} lacked, changed, then those it dropped, in each's order. */
    public static List<CriterionChange> between(Rubric before, Rubric after) {
        Map<String, Criterion> was = byKey(before);
        Map<String, Criterion> is = byKey(after);
        List<CriterionChange> changes = new ArrayList<>();
        for (Criterion criterion : after.criteria()) {
            Criterion earlier = was.get(criterion.key());
            if (earlier == null) {
                changes.add(new CriterionChange(criterion.key(), criterion.title(), Change.ADDED, List.of()));
            } else {
                List<Aspect> aspects = aspects(earlier, criterion);
                if (!aspects.isEmpty()) {
                    changes.add(new CriterionChange(criterion.key(), criterion.title(), Change.CHANGED, aspects));
                }
            }
        }
        for (Criterion criterion : before.criteria()) {
            if (!is.containsKey(criterion.key())) {
                changes.add(new CriterionChange(criterion.key(), criterion.title(), Change.REMOVED, List.of()));
            }
        }
        return changes;
    }

    private static List<Aspect> aspects(Criterion before, Criterion after) {
        List<Aspect> aspects = new ArrayList<>();
        check(aspects, Aspect.TITLE, before.title(), after.title());
        check(aspects, Aspect.DESCRIPTION, blankAsNull(before.description()), blankAsNull(after.description()));
        check(aspects, Aspect.KIND, before.kind(), after.kind());
        // The order a criterion lists its steps in means nothing.
        check(aspects, Aspect.STEPS, new HashSet<>(before.steps()), new HashSet<>(after.steps()));
        check(aspects, Aspect.LEVELS, before.levels(), after.levels());
        check(aspects, Aspect.EVIDENCE, before.evidence(), after.evidence());
        check(aspects, Aspect.FEEDBACK, before.feedback(), after.feedback());
        check(aspects, Aspect.MODEL_ANSWER, blankAsNull(before.modelAnswer()), blankAsNull(after.modelAnswer()));
        return aspects;
    }

    private static void check(List<Aspect> aspects, Aspect aspect, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            aspects.add(aspect);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Map<String, Criterion> byKey(Rubric rubric) {
        return rubric.criteria().stream().collect(Collectors.toMap(Criterion::key, Function.identity(), (a, b) -> a));
    }
}
