package org.extramile.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job's last run: on which node, when it started and finished (running until then), when the last successful run
 * started, what it did (or why it failed), and how far it went in the steps it counts (null if it counts none).
 */
public record JobRunView(
        String job,
        String node,
        Instant startedAt,
        Instant finishedAt,
        Instant succeededAt,
        boolean running,
        String outcome,
        Progress progress)
        implements Serializable {

    /** Steps done of the total, and that as a percentage; a run that found nothing to do is complete at 0 of 0. */
    public record Progress(int done, int total, int percent) implements Serializable {

        static Progress of(int done, int total) {
            return new Progress(done, total, total == 0 ? 100 : (int) (100L * done / total));
        }
    }
}
