package org.extramile.web.platform;

import java.time.Duration;

/**
 * The requests this node is serving, and where it stands in a graceful shutdown: serving, then giving notice
 * (readiness says DOWN so the load balancer sends no more, but what still comes is served), then draining (what
 * comes now is refused, what is in flight finishes). Plain Java, so the counting is tested without a container.
 */
final class Drain {

    enum Phase {
        SERVING,
        NOTICE,
        DRAINING
    }

    private Phase phase = Phase.SERVING;
    private int inFlight;

    /** Counts a request in, unless the node is draining: false means refuse it. */
    synchronized boolean enter() {
        if (phase == Phase.DRAINING) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** Counts a request out; the one that leaves the node idle wakes the shutdown. */
    synchronized void leave() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Readiness goes down from here on. */
    synchronized void giveNotice() {
        if (phase == Phase.SERVING) {
            phase = Phase.NOTICE;
        }
    }

    /** From here on new requests are refused. */
    synchronized void stopTaking() {
        phase = Phase.DRAINING;
    }

    synchronized Phase phase() {
        return phase;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    /** Waits until no request is in flight, at most {@code timeout}; true if none is left. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
