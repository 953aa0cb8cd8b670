package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.ScheduledJob;

/** Every few minutes, the calibration of the rubric versions labelled since: see {@link Recalibration}. */
@ApplicationScoped
public class CalibrationJob implements ScheduledJob {

    public static final String NAME = "calibration";

    @Inject
    Recalibration recalibration;

    @Inject
    @ConfigProperty(name = "extramile.jobs.calibration.every-minutes", defaultValue = "10")
    int everyMinutes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return new JobSchedule.Every(Duration.ofMinutes(everyMinutes));
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        int calibrated = recalibration.recalibrateLabelled(progress);
        return new JobOutcome(calibrated, calibrated + " rubric version(s) calibrated again");
    }
}
