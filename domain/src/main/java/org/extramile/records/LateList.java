package org.extramile.records;

import java.io.Serializable;
import java.util.List;

/**
 * The trainees late with one program, longest late first: {@code dueDays} is its deadline in days after hire (null:
 * it has none, and nobody is late), {@code total} how many are late in all, {@code items} one page of them.
 */
public record LateList(Integer dueDays, List<LateTrainee> items, int page, int size, long total)
        implements Serializable {

    public LateList {
        items = List.copyOf(items);
    }
}
