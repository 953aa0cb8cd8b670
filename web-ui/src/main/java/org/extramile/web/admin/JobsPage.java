package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extramile.jobs.JobRunView;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.JobView;
import org.extramile.jobs.ScheduledJobs;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * The scheduled jobs, when they run and how their last run went; an administrator can run one now and watch it (the
 * page follows a running job and shows it again when it ends, see {@link JobProgressServlet}).
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduledJobs jobs;

    private List<Row> rows = List.of();

    public void load() {
        rows = jobs.all().stream()
                .map(job -> new Row(job, when(jobs.schedule(job.name())), steps(job.name()), outcome(job.lastRun())))
                .toList();
    }

    /** Starts the job and shows the page again with it running (a new request, so reloading it starts nothing). */
    public String start(String name) {
        try {
            jobs.start(name);
            return "/admin/jobs?faces-redirect=true";
        } catch (ConflictException busy) {
            Failures.error(Texts.text("admin.jobs.busy", name));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
        load();
        return null;
    }

    public List<Row> getRows() {
        return rows;
    }

    private static String when(JobSchedule schedule) {
        if (schedule instanceof JobSchedule.Daily daily) {
            return Texts.text(
                    "admin.jobs.daily", daily.at().toString(), daily.zone().getId());
        }
        return Texts.text(
                "admin.jobs.every", ((JobSchedule.Every) schedule).period().toMinutes());
    }

    /** What the job's steps are, as a pattern of {0} done and {1} in all; the job's own words if it has some. */
    static String steps(String job) {
        String own = "admin.jobs.steps." + job;
        return Texts.bundle().getString(Texts.bundle().containsKey(own) ? own : "admin.jobs.steps");
    }

    /**
     * What the run did, in the reader's words: the job's own sentence for its count, or why it failed or stopped; the job's
     * English sentence for a run recorded before runs kept their count.
     */
    static String outcome(JobRunView run) {
        if (run == null || run.running()) {
            return "";
        }
        if (run.interrupted()) {
            return Texts.text("admin.jobs.interrupted");
        }
        if (!run.startedAt().equals(run.succeededAt())) {
            return Texts.text("admin.jobs.failed", run.outcome().replaceFirst("^failed: ", ""));
        }
        String own = "admin.jobs.outcome." + run.job();
        return run.count() != null && Texts.bundle().containsKey(own) ? Texts.text(own, run.count()) : run.outcome();
    }

    /** A job in the table: its last run (null before the first), its schedule, steps and last outcome in words. */
    public record Row(JobView job, String schedule, String steps, String outcome) implements Serializable {

        public JobRunView run() {
            return job.lastRun();
        }

        public boolean running() {
            return run() != null && run().running();
        }

        public boolean failed() {
            return run() != null && !run().running() && !run().startedAt().equals(run().succeededAt());
        }
    }
}
