package org.extramile.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One criterion as the scorer reads it. Levels are ordered, their points strictly increasing from 0; for a
 * {@link CriterionKind#PENALTY} the points of the level reached are deducted. The evidence (indicators, synonym
 * groups, exemplars, counter-examples) may be empty: such a criterion simply finds nothing.
 */
public record CriterionSpec(
        String key,
        String title,
        CriterionKind kind,
        List<String> steps,
        List<LevelSpec> levels,
        List<String> indicators,
        List<List<String>> synonyms,
        List<String> exemplars,
        List<String> counterExamples) {

    public CriterionSpec {
        Objects.requireNonNull(key, "A criterion needs a key.");
        Objects.requireNonNull(kind, "The criterion '" + key + "' needs a kind.");
        title = title == null ? key : title;
        steps = List.copyOf(steps);
        levels = List.copyOf(levels);
        indicators = List.copyOf(indicators);
        synonyms = synonyms.stream().map(List::copyOf).toList();
        exemplars = List.copyOf(exemplars);
        counterExamples = List.copyOf(counterExamples);
        if (levels.size() < 2 || levels.get(0).points() != 0) {
            throw new IllegalArgumentException(
                    "The criterion '" + key + "' needs at least two levels, the first worth 0 points.");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points() <= levels.get(i - 1).points()) {
                throw new IllegalArgumentException(
                        "The levels of '" + key + "' must be worth strictly more points each.");
            }
        }
    }

    public boolean appliesTo(String stepKey) {
        return steps.contains(stepKey);
    }

    public int maxPoints() {
        return levels.get(levels.size() - 1).points();
    }

    /** The index of a level by name, ignoring case; -1 if there is none. */
    public int levelIndex(String name) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
