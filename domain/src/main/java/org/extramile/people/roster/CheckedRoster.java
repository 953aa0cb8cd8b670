package org.extramile.people.roster;

import java.util.List;

/** A roster's rows sorted into those that keep the rules and those refused, both in line order. */
public record CheckedRoster(List<RosterEntry> entries, List<RejectedRow> rejected) {

    public CheckedRoster {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }

    public int rows() {
        return entries.size() + rejected.size();
    }
}
