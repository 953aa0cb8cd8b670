package org.extramile.throttle;

import java.time.Duration;

/** The failure that makes {@code failures} within {@code window} locks the key for {@code lockout}. */
public record FailureLimit(int failures, Duration window, Duration lockout) {

    public FailureLimit {
        if (failures < 1 || !positive(window) || !positive(lockout)) {
            throw new IllegalArgumentException("A failure limit needs at least one failure, a window and a lockout.");
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
