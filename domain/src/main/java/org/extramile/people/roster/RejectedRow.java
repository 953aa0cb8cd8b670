package org.extramile.people.roster;

import java.util.List;

/** A roster row refused, with its physical line number (the header is line 1) and every reason. */
public record RejectedRow(long line, String employeeNumber, List<String> reasons) {

    public RejectedRow {
        reasons = List.copyOf(reasons);
    }
}
