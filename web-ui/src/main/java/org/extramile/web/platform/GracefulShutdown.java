package org.extramile.web.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the node gracefully on SIGTERM, the signal orchestrators and {@code kill} send: readiness goes DOWN at once;
 * for {@code extramile.shutdown.notice-seconds} requests are still served while the load balancer notices; then new
 * requests are refused (503) and those in flight finish, for at most {@code extramile.shutdown.drain-seconds}; only
 * then does the JVM exit and Payara Micro stop.
 *
 * <p>Why the signal and not a shutdown hook: on SIGTERM Payara Micro's own hook stops the server straight away, and
 * hooks run side by side, so a hook of ours could not hold the stop back; requests in flight were cut (answers
 * refused with 401 and 503, exports ended halfway). Payara's {@code --shutdowngrace} only sleeps before the stop,
 * with readiness still UP and requests longer than the sleep still cut. A second SIGTERM exits without waiting.
 * SIGINT (Ctrl+C) is left to the JVM: a developer wants the server gone.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());
    private static final Signal TERM = new Signal("TERM");
    /**
     * A response the application has finished may still have its last bytes queued in the server's connection layer,
     * which the stop discards: a client reading slowly lost the end of an export that way. They get this long to go.
     */
    private static final Duration LAST_BYTES = Duration.ofSeconds(2);
    /** What a process ended by SIGTERM reports, as the JVM's own handler would. */
    private static final int TERMINATED = 128 + 15;

    private final Drain drain = new Drain();
    private SignalHandler previous;
    private volatile boolean signalled;

    @Inject
    @ConfigProperty(name = "extramile.shutdown.notice-seconds", defaultValue = "5")
    int noticeSeconds;

    @Inject
    @ConfigProperty(name = "extramile.shutdown.drain-seconds", defaultValue = "30")
    int drainSeconds;

    Drain drain() {
        return drain;
    }

    void onWebModuleStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        previous = Signal.handle(TERM, this::terminate);
    }

    /** The application undeployed without the JVM ending (a redeploy): SIGTERM is the JVM's again. */
    @PreDestroy
    void restore() {
        if (previous != null && !signalled) {
            Signal.handle(TERM, previous);
        }
    }

    /** Runs on a thread of the JVM's own, one per signal received. */
    private void terminate(Signal signal) {
        if (signalled) {
            LOG.warning("SIGTERM again: stopping now, " + drain.inFlight() + " request(s) still in flight");
            System.exit(TERMINATED);
        }
        signalled = true;
        long start = System.nanoTime();
        drain.giveNotice();
        LOG.info("SIGTERM: readiness DOWN; serving " + noticeSeconds + " s more while the load balancer notices");
        try {
            Thread.sleep(Duration.ofSeconds(noticeSeconds).toMillis());
            drain.stopTaking();
            LOG.info("Taking no new requests; waiting for " + drain.inFlight() + " in flight (at most " + drainSeconds
                    + " s)");
            boolean idle = drain.awaitIdle(Duration.ofSeconds(drainSeconds));
            Thread.sleep(LAST_BYTES.toMillis());
            LOG.info((idle ? "Every request finished" : drain.inFlight() + " request(s) still in flight") + " after "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms: stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(TERMINATED);
    }
}
