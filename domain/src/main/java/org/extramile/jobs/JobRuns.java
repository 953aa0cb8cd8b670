package org.extramile.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The jobs' last runs in the database, each change in its own transaction, so the other nodes see it at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRuns {

    @Inject
    EntityManager em;

    public Optional<Instant> lastSuccess(String job) {
        return Optional.ofNullable(em.find(JobRun.class, job)).flatMap(JobRun::lastSuccess);
    }

    public Optional<JobRunView> last(String job) {
        return Optional.ofNullable(em.find(JobRun.class, job)).map(JobRun::view);
    }

    JobRunView started(String job, String node, Instant at) {
        JobRun run = em.find(JobRun.class, job);
        if (run == null) {
            run = new JobRun(job);
            run.started(node, at);
            em.persist(run);
        } else {
            run.started(node, at);
        }
        return run.view();
    }

    void reached(String job, int done, int total) {
        em.find(JobRun.class, job).reached(done, total);
    }

    void succeeded(String job, Instant at, JobOutcome outcome) {
        em.find(JobRun.class, job).succeeded(at, outcome);
    }

    void failed(String job, Instant at, String outcome) {
        em.find(JobRun.class, job).failed(at, outcome);
    }
}
