package org.extramile.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists in value objects: never null, never changed afterwards, and open to validation of null items; and named in a
 * message.
 */
public final class Lists {

    private Lists() {}

    public static <T> List<T> frozen(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Keys as a message names them: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}. */
    public static String quoted(List<String> keys) {
        String last = "'" + keys.get(keys.size() - 1) + "'";
        return keys.size() == 1 ? last : "'" + String.join("', '", keys.subList(0, keys.size() - 1)) + "' and " + last;
    }
}
