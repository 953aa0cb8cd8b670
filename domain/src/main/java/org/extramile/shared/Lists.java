package org.extramile.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists in value objects: never null, never changed afterwards, and open to validation of null items. */
public final class Lists {

    private Lists() {}

    public static <T> List<T> frozen(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
