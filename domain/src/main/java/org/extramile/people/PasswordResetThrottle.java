package org.extramile.people;

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
 * Limits "Forgot your password?" per client address: one link per account in five minutes keeps any one inbox from
 * being flooded, but a script could still walk a list of usernames or addresses and mail each. People who forgot
 * their password, even a whole shop on one address, never meet the limit; the request that reaches it pauses the
 * address for an hour. Counted in the database ({@link FailureCounts}), so every node of a cluster counts alike.
 */
@ApplicationScoped
public class PasswordResetThrottle {

    private static final Logger LOG = Logger.getLogger(PasswordResetThrottle.class.getName());
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "extramile.people.reset-requests-per-hour", defaultValue = "20")
    int perHour;

    @Inject
    FailureCounts requests;

    private FailureLimit limit;

    @PostConstruct
    void start() {
        limit = new FailureLimit(perHour, HOUR, HOUR);
    }

    /** How long this address must wait before it may ask again; zero when it may ask now. */
    public Duration wait(String address) {
        return requests.lockedFor(ThrottleKey.resetAddress(address));
    }

    /** Counts a request from this address. */
    public void requested(String address) {
        if (!requests.failed(ThrottleKey.resetAddress(address), limit).isZero()) {
            LOG.warning(() -> "Requests for a password link paused for an hour for " + address + " after " + perHour
                    + " in an hour");
        }
    }
}
