package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.ScheduledJob;

/** Once a day, the expiry notices of the certificates that expire within each configured window. */
@ApplicationScoped
public class ExpiryNoticeJob implements ScheduledJob {

    public static final String NAME = "expiry-notices";

    @Inject
    ExpiryNotices notices;

    @Inject
    @ConfigProperty(name = "extramile.jobs.expiry-notices.at", defaultValue = "02:00")
    String at;

    @Inject
    @ConfigProperty(name = "extramile.jobs.expiry-notices.windows", defaultValue = "30")
    List<Integer> windows;

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

    @Override
    public JobOutcome run(JobProgress progress) {
        int written = notices.write(windows);
        return new JobOutcome(written, written + " notice(s) written, windows " + windows + " days");
    }
}
