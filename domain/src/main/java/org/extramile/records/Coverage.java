package org.extramile.records;

import java.util.List;

/** How far one program's certification reaches: per branch, and what expires soon. */
public record Coverage(String program, List<BranchCoverage> branches, List<ExpiringSoon> expiring) {

    public Coverage {
        branches = List.copyOf(branches);
        expiring = List.copyOf(expiring);
    }
}
