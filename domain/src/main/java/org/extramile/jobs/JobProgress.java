package org.extramile.jobs;

/**
 * How far a job's run has gone, for an administrator watching it: {@code done} of {@code total} steps, a step being
 * what the job counts (rubric versions, say). A job whose work is one quick step need not report any.
 */
@FunctionalInterface
public interface JobProgress {

    void reached(int done, int total);
}
