package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.extramile.jobs.DailyJob;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;

/** Once a day (02:00), the expiry notices of the certificates that expire within each window (30 days). */
@ApplicationScoped
public class ExpiryNoticeJob extends DailyJob {

    public static final String NAME = "expiry-notices";

    @Inject
    ExpiryNotices notices;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected String defaultAt() {
        return "02:00";
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        List<Integer> windows = windows(List.of(30));
        int written = notices.write(windows);
        return new JobOutcome(written, written + " notice(s) written, windows " + windows + " days");
    }
}
