package org.extramile.jobs;

import java.io.Serializable;
import java.time.Instant;
import org.extramile.shared.Progress;

/**
 * A job's last run: on which node, when it started and finished (running until then), when the last successful run
 * started, what it did (or why it failed) and how many things it handled (null unless it succeeded), and how far it
 * went in the steps it counts (null if it counts none). {@code interrupted}: recorded as running while no node runs
 * it, so its node stopped before it ended; it is not running, and it never finished.
 */
public record JobRunView(
        String job,
        String node,
        Instant startedAt,
        Instant finishedAt,
        Instant succeededAt,
        boolean running,
        String outcome,
        Long count,
        Progress progress,
        boolean interrupted)
        implements Serializable {

    /** This run as stopped with its node: see {@code interrupted}. */
    JobRunView asInterrupted() {
        return new JobRunView(job, node, startedAt, null, succeededAt, false, outcome, count, progress, true);
    }
}
