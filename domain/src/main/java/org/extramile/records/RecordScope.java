package org.extramile.records;

import java.time.Instant;
import java.util.List;

/**
 * A filter checked against the data: its program and branch resolved to their ids, the scenarios whose scores get
 * a column of their own (those the programs in scope require now, in program order), and the moment the standing is
 * judged at, fixed once so that the status filter and the status column agree.
 */
public record RecordScope(RecordFilter filter, Long programId, Long branchId, List<String> scenarios, Instant now) {

    public RecordScope {
        scenarios = List.copyOf(scenarios);
    }
}
