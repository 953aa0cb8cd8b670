package org.extramile.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.ScheduledJob;

/**
 * Every quarter of an hour, the failures that no longer count and the keys with nothing left to remember: a flood of
 * distinct usernames or addresses, each tried once and never again, must not grow the tables without bound.
 */
@ApplicationScoped
public class ForgetFailuresJob implements ScheduledJob {

    public static final String NAME = "failure-counts";

    @Inject
    FailureCounts failureCounts;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return new JobSchedule.Every(Duration.ofMinutes(15));
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        int deleted = failureCounts.prune();
        return new JobOutcome(deleted, deleted + " expired row(s) of failed logins and verifications deleted");
    }
}
