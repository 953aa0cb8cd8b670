package org.extramile.scoring;

import java.util.Objects;

/** One level of a criterion ("not shown", "partly", "fully") and its points. */
public record LevelSpec(String name, int points) {

    public LevelSpec {
        Objects.requireNonNull(name, "A level needs a name.");
        if (points < 0) {
            throw new IllegalArgumentException("The level '" + name + "' has negative points.");
        }
    }
}
