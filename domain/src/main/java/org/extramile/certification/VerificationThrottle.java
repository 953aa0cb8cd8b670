package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits the public lookups of serials that do not exist, per client address and minute, so serials cannot be
 * enumerated: HR checking a stack of real certificates never meets it, a script guessing thousands does.
 */
@ApplicationScoped
public class VerificationThrottle {

    private final ConcurrentMap<String, Window> misses = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "extramile.verification.misses-per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    Clock clock;

    /** The seconds this address must wait before its next lookup, 0 if it may look now. */
    public long wait(String address) {
        Window window = misses.get(address);
        return window != null && window.minute == minute() && window.count >= perMinute
                ? 60 - (clock.millis() / 1000) % 60
                : 0;
    }

    public void missed(String address) {
        long minute = minute();
        if (misses.size() > 100_000) {
            misses.values().removeIf(w -> w.minute < minute);
        }
        misses.compute(
                address,
                (a, w) -> w == null || w.minute != minute ? new Window(minute, 1) : new Window(minute, w.count + 1));
    }

    private long minute() {
        return clock.millis() / 60_000;
    }

    private record Window(long minute, int count) {}
}
