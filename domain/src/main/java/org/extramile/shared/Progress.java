package org.extramile.shared;

import java.io.Serializable;

/** Steps done of the total, and that as a percentage; work that found nothing to do is complete at 0 of 0. */
public record Progress(int done, int total, int percent) implements Serializable {

    public static Progress of(int done, int total) {
        return new Progress(done, total, total == 0 ? 100 : (int) (100L * done / total));
    }
}
