package org.extramile.jobs;

/** A job that runs on a schedule, once per cluster. Each is a CDI bean; {@link ScheduledJobs} finds them all. */
public interface ScheduledJob {

    /** Its name: the key of its lock and of its last run, and what an administrator calls it by. */
    String name();

    JobSchedule schedule();

    /** Does the work, telling how far it is if it takes steps, and says what it did, for the record. */
    JobOutcome run(JobProgress progress);
}
