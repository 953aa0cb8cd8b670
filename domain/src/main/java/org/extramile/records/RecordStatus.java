package org.extramile.records;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** The standing a records export can filter on, as of the moment of the export. */
public enum RecordStatus {
    VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED,
    /** Valid now, and expiring within a number of days. */
    EXPIRING;

    /** The status named in a query, in any case; {@code null} when none is named. */
    public static RecordStatus parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidException(List.of(new Violation(
                    "/status",
                    "'status' is one of "
                            + Arrays.stream(values())
                                    .map(s -> s.name().toLowerCase(Locale.ROOT))
                                    .toList()
                            + " (expiring takes 'within', a number of days), not '" + name + "'.")));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
