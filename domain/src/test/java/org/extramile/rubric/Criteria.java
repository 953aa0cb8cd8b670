package org.extramile.rubric;

import java.util.List;

/** Test data: criteria with sensible defaults. */
public final class Criteria {

    private Criteria() {}

    public static Criterion criterion(String key, CriterionKind kind, String... steps) {
        return new Criterion(key, "Title of " + key, null, kind, List.of(steps), threeLevels(), null, null, null);
    }

    public static List<Level> threeLevels() {
        return List.of(
                new Level("not shown", null, 0, null),
                new Level("partly", null, 1, null),
                new Level("fully", null, 2, null));
    }
}
