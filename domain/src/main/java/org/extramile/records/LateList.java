package org.extramile.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The trainees late with one program, longest late first: {@code dueDays} is its deadline in days after hire (null:
 * it has none, and nobody is late), counted from {@code dueSince} (the day it was introduced, if known) for those hired
 * before; {@code total} how many are late in all, {@code items} one page of them.
 */
public record LateList(Integer dueDays, LocalDate dueSince, List<LateTrainee> items, int page, int size, long total)
        implements Serializable {

    public LateList {
        items = List.copyOf(items);
    }
}
