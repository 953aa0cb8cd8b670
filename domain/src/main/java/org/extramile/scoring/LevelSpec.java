package org.extramile.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One level of a criterion ("not shown", "partly", "fully") and its points, with the words that earn at least this
 * level ("sorry" for "a bare sorry").
 */
public record LevelSpec(String name, int points, List<String> indicators) {

    public LevelSpec {
        Objects.requireNonNull(name, "A level needs a name.");
        if (points < 0) {
            throw new IllegalArgumentException("The level '" + name + "' has negative points.");
        }
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public LevelSpec(String name, int points) {
        this(name, points, List.of());
    }
}
