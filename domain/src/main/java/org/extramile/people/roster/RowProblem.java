package org.extramile.people.roster;

import java.io.Serializable;

/**
 * One broken rule of a roster row: the column it concerns, as the header names it ({@code email}), or
 * null when it concerns the row as a whole (its number of fields); and the reason in words.
 */
public record RowProblem(String column, String reason) implements Serializable {

    static RowProblem of(RosterColumn column, String reason) {
        return new RowProblem(column.header(), reason);
    }

    static RowProblem ofRow(String reason) {
        return new RowProblem(null, reason);
    }
}
