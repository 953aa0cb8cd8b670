package org.extramile.jobs;

import java.time.Instant;

/**
 * A job's last run: on which node, when it started and finished, when the last successful run started, and what it
 * did (or why it failed).
 */
public record JobRunView(
        String job, String node, Instant startedAt, Instant finishedAt, Instant succeededAt, String outcome) {}
