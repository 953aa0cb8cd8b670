package org.extramile.people.roster;

import java.io.Serializable;
import java.util.List;

/**
 * A roster row refused, with its physical line number (the header is line 1) and every broken rule,
 * each with the column it concerns.
 */
public record RejectedRow(long line, String employeeNumber, List<RowProblem> problems) implements Serializable {

    public RejectedRow {
        problems = List.copyOf(problems);
    }

    /** The reasons alone, in order. */
    public List<String> reasons() {
        return problems.stream().map(RowProblem::reason).toList();
    }
}
