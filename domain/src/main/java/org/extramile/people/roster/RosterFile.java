package org.extramile.people.roster;

import java.util.List;

/** A roster as read, before its rows are checked: the header's columns and the non-blank rows. */
public record RosterFile(List<RosterColumn> columns, List<RosterRow> rows) {

    public RosterFile {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
