package org.extramile.jobs;

import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * A job run once a day: at {@code extramile.jobs.<name>.at} (HH:mm, else {@link #defaultAt()}) in
 * {@code extramile.jobs.zone} (else the server's time zone).
 */
public abstract class DailyJob implements ScheduledJob {

    @Inject
    private Config config;

    /** When the job runs unless configured, e.g. {@code 07:00}. */
    protected abstract String defaultAt();

    @Override
    public JobSchedule schedule() {
        String at = config.getOptionalValue(key("at"), String.class).orElse(defaultAt());
        ZoneId zone = config.getOptionalValue("extramile.jobs.zone", String.class)
                .map(ZoneId::of)
                .orElse(ZoneId.systemDefault());
        return new JobSchedule.Daily(LocalTime.parse(at), zone);
    }

    /** The job's windows in days: {@code extramile.jobs.<name>.windows} (comma-separated), else {@code defaults}. */
    protected List<Integer> windows(List<Integer> defaults) {
        return config.getOptionalValues(key("windows"), Integer.class).orElse(defaults);
    }

    private String key(String setting) {
        return "extramile.jobs." + name() + "." + setting;
    }
}
