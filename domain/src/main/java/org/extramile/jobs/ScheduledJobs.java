package org.extramile.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.shared.AlreadyRunningException;
import org.extramile.shared.ApplicationStarted;
import org.extramile.shared.BackgroundStart;
import org.extramile.shared.ClusterSingleRun;
import org.extramile.shared.NotFoundException;

/**
 * Runs the scheduled jobs once per cluster. Every node wakes every {@code extramile.jobs.tick-seconds} and, for each
 * job, tries the job's cluster lock; the node that holds it reads the job's last successful run, still under the
 * lock, and runs the job only if its schedule says it is due. So two nodes never run a job at the same time, and a
 * node whose timer fires after another node ran today's run finds it done.
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());
    /** This JVM, as the job's record names it: process id and host. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource
    ManagedScheduledExecutorService executor;

    /** Where an administrator's runs go, apart from the timer's thread. */
    @Inject
    BackgroundStart starts;

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Inject
    ClusterSingleRun cluster;

    @Inject
    JobRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "extramile.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "extramile.jobs.tick-seconds", defaultValue = "60")
    int tickSeconds;

    private ScheduledFuture<?> ticker;

    void onStart(@Observes ApplicationStarted started) {
        if (enabled) {
            ticker = executor.scheduleWithFixedDelay(this::tick, tickSeconds, tickSeconds, TimeUnit.SECONDS);
        } else {
            LOG.info("Scheduled jobs are off on this node (extramile.jobs.enabled=false)");
        }
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }

    /** Every job that is due runs here, unless another node holds its lock. */
    void tick() {
        for (ScheduledJob job : jobs) {
            try {
                cluster.runIfFree(job.name(), () -> {
                    if (job.schedule().due(runs.lastSuccess(job.name()), clock.instant())) {
                        run(job, started -> {});
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The scheduled job " + job.name() + " failed; it runs again at the next tick", e);
            }
        }
    }

    /**
     * Starts a run of the job on this node now, due or not (an administrator asked), and answers once it has started:
     * the work goes on in the background, and {@link #find} tells how far it is. Never beside a run of the same job,
     * here or on another node: that is a conflict.
     */
    public JobView start(String name) {
        ScheduledJob job = job(name);
        return view(job, starts.start(name, started -> run(job, started), () -> alreadyRunning(name)));
    }

    /** One job, its schedule, and its last run or the one going on. */
    public JobView find(String name) {
        return view(job(name));
    }

    /** When the job runs, for a page that says it in its reader's language. */
    public JobSchedule schedule(String name) {
        return job(name).schedule();
    }

    public List<JobView> all() {
        return jobs.stream()
                .sorted(Comparator.comparing(ScheduledJob::name))
                .map(this::view)
                .toList();
    }

    private JobView view(ScheduledJob job) {
        return view(
                job, runs.last(job.name()).map(run -> checked(job.name(), run)).orElse(null));
    }

    /**
     * A run recorded as running is running only while a node holds the job's lock; read again once the lock is seen
     * free, since it may have ended between the two reads.
     */
    private JobRunView checked(String name, JobRunView run) {
        if (!run.running() || cluster.isHeld(name)) {
            return run;
        }
        JobRunView again = runs.last(name).orElseThrow();
        return again.running() ? again.asInterrupted() : again;
    }

    private static JobView view(ScheduledJob job, JobRunView run) {
        return new JobView(job.name(), job.schedule().toString(), run);
    }

    private AlreadyRunningException alreadyRunning(String name) {
        String since = runs.last(name)
                .filter(JobRunView::running)
                .map(run -> " (started " + run.startedAt() + " on " + run.node() + ")")
                .orElse("");
        return new AlreadyRunningException("The job '" + name + "' is running now" + since
                + ": that run counts; follow it" + " with GET /api/admin/jobs/" + name + ".");
    }

    /** Records the run's start (handed to {@code started}), its steps, and its end, each at once for every node. */
    private void run(ScheduledJob job, Consumer<JobRunView> started) {
        started.accept(runs.started(job.name(), NODE, clock.instant()));
        try {
            JobOutcome outcome = job.run((done, total) -> runs.reached(job.name(), done, total));
            // A run that handled nothing is on the jobs page; in the log it would be a line a minute from the mail job.
            LOG.log(
                    outcome.count() > 0 ? Level.INFO : Level.FINE,
                    () -> "Scheduled job " + job.name() + ": " + outcome.sentence());
            runs.succeeded(job.name(), clock.instant(), outcome);
        } catch (RuntimeException e) {
            runs.failed(job.name(), clock.instant(), e.getClass().getSimpleName());
            throw e;
        }
    }

    private ScheduledJob job(String name) {
        return jobs.stream()
                .filter(job -> job.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no job '" + name + "'. The jobs: "
                        + String.join(
                                ", ",
                                jobs.stream().map(ScheduledJob::name).sorted().toList()) + "."));
    }
}
