package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.extramile.jobs.DailyJob;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;

/** Once a day before the shift (06:30), the reminders of the deadlines that come (7 and 1 days) or have passed. */
@ApplicationScoped
public class DeadlineReminderJob extends DailyJob {

    public static final String NAME = "deadline-reminders";

    @Inject
    DeadlineReminders reminders;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected String defaultAt() {
        return "06:30";
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        List<Integer> windows = windows(List.of(7, 1));
        int written = reminders.write(windows, progress);
        return new JobOutcome(written, written + " reminder(s) written, windows " + windows + " days and passed");
    }
}
