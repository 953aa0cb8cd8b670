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

/** Once a day, before the shift, the reminders of the programs' deadlines that come or have just passed. */
@ApplicationScoped
public class DeadlineReminderJob implements ScheduledJob {

    public static final String NAME = "deadline-reminders";

    @Inject
    DeadlineReminders reminders;

    @Inject
    @ConfigProperty(name = "extramile.jobs.deadline-reminders.at", defaultValue = "06:30")
    String at;

    @Inject
    @ConfigProperty(name = "extramile.jobs.deadline-reminders.windows", defaultValue = "7,1")
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
        int written = reminders.write(windows, progress);
        return new JobOutcome(written, written + " reminder(s) written, windows " + windows + " days and passed");
    }
}
