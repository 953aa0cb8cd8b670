package org.extramile.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.throttle.FailureCounts;
import org.extramile.throttle.FailureLimit;
import org.extramile.throttle.ThrottleKey;

/**
 * Limits the public lookups of serials that do not exist, per client address, so serials cannot be enumerated: HR
 * checking a stack of real certificates never meets it, a script guessing thousands does. The miss that makes the
 * limit within a minute pauses the address's lookups for a minute. Counted in the database ({@link FailureCounts}),
 * so a script spread over the n nodes of a cluster gets no more guesses than on one.
 */
@ApplicationScoped
public class VerificationThrottle {

    private static final Logger LOG = Logger.getLogger(VerificationThrottle.class.getName());
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "extramile.verification.misses-per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    FailureCounts misses;

    private FailureLimit limit;

    VerificationThrottle() {}

    public VerificationThrottle(FailureCounts misses, int perMinute) {
        this.misses = misses;
        this.perMinute = perMinute;
        start();
    }

    @PostConstruct
    void start() {
        limit = new FailureLimit(perMinute, MINUTE, MINUTE);
    }

    /** The seconds this address must wait before its next lookup, 0 if it may look now. */
    public long wait(String address) {
        Duration locked = misses.lockedFor(ThrottleKey.verificationAddress(address));
        // Rounded up: a client that waits as long as it is told finds the pause over.
        return locked.isZero() ? 0 : Math.max(1, (locked.toMillis() + 999) / 1000);
    }

    /** Counts a lookup of a serial that does not exist. */
    public void missed(String address) {
        if (!misses.failed(ThrottleKey.verificationAddress(address), limit).isZero()) {
            LOG.warning(() -> "Certificate verification paused for a minute for " + address + " after " + perMinute
                    + " lookups of serials that do not exist");
        }
    }
}
