package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.extramile.jobs.DailyJob;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobRuns;

/** Once a day, before the shift, the trainers hear of the answers that came for review since the last digest. */
@ApplicationScoped
public class ReviewDigestJob extends DailyJob {

    public static final String NAME = "review-digest";

    @Inject
    ReviewDigest digest;

    @Inject
    JobRuns runs;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected String defaultAt() {
        return "07:00";
    }

    /** Since the last digest that went well, or the day before for the first. */
    @Override
    public JobOutcome run(JobProgress progress) {
        return digest.send(runs.lastSuccess(NAME).orElse(clock.instant().minus(Duration.ofDays(1))));
    }
}
