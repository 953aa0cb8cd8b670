package org.extramile.records;

import java.io.Serializable;

/** What changing a program's deadline does today: how many trainees are late now, and how many would be after. */
public record DeadlineChange(long lateNow, long lateAfter) implements Serializable {

    /** How many more would be late after the change than now; negative when fewer would. */
    public long moreLate() {
        return lateAfter - lateNow;
    }
}
