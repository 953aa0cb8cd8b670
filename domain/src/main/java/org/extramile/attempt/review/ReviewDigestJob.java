package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobRuns;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.ScheduledJob;

/** Once a day, before the shift, the trainers hear of the answers that came for review since the last digest. */
@ApplicationScoped
public class ReviewDigestJob implements ScheduledJob {

    public static final String NAME = "review-digest";

    @Inject
    ReviewDigest digest;

    @Inject
    JobRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "extramile.jobs.review-digest.at", defaultValue = "07:00")
    String at;

    @Inject
    @ConfigProperty(name = "extramile.jobs.zone")
    Optional<String> zone;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(at, zone);
    }

    /** Since the last digest that went well, or the day before for the first. */
    @Override
    public JobOutcome run(JobProgress progress) {
        return digest.send(runs.lastSuccess(NAME).orElse(clock.instant().minus(Duration.ofDays(1))));
    }
}
