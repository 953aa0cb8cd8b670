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
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.shared.ApplicationStarted;
import org.extramile.shared.ClusterSingleRun;
import org.extramile.shared.ConflictException;
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
                        run(job);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The scheduled job " + job.name() + " failed; it runs again at the next tick", e);
            }
        }
    }

    /**
     * Runs a job now, due or not (an administrator asked), but never beside a run of the same job on another node:
     * that is a conflict.
     */
    public JobRunView runNow(String name) {
        ScheduledJob job = job(name);
        AtomicReference<JobRunView> done = new AtomicReference<>();
        if (!cluster.runIfFree(name, () -> done.set(run(job)))) {
            throw new ConflictException("The job '" + name + "' is running on another node now: its run there counts;"
                    + " see its outcome with GET /api/admin/jobs once it has finished.");
        }
        return done.get();
    }

    public List<JobView> all() {
        return jobs.stream()
                .sorted(Comparator.comparing(ScheduledJob::name))
                .map(job -> new JobView(
                        job.name(),
                        job.schedule().toString(),
                        runs.last(job.name()).orElse(null)))
                .toList();
    }

    private JobRunView run(ScheduledJob job) {
        runs.started(job.name(), NODE, clock.instant());
        try {
            String outcome = job.run();
            LOG.info("Scheduled job " + job.name() + ": " + outcome);
            return runs.succeeded(job.name(), clock.instant(), outcome);
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
