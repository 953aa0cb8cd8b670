package org.extramile.people.roster;

import java.util.Map;

/**
 * One record of a roster as read: the physical line it starts on (the header is line 1), its
 * values by column (stripped of surrounding spaces; absent when the record was short), and how
 * many fields it had.
 */
public record RosterRow(long line, Map<RosterColumn, String> values, int fields) {

    public RosterRow {
        values = Map.copyOf(values);
    }

    /** The value in that column, or "" when the column is absent or the row too short. */
    public String value(RosterColumn column) {
        return values.getOrDefault(column, "");
    }
}
