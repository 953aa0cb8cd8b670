package org.extramile.web.hr;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.extramile.people.Actor;
import org.extramile.people.RosterImport;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;
import org.extramile.web.shared.Failures;

/**
 * The roster checks and imports of one session, run on the server's managed executor so that the
 * page can show their progress; only the latest few are kept (each holds its file until imported).
 */
@SessionScoped
public class RosterJobs implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RosterJobs.class.getName());
    private static final int KEPT = 3;

    @Resource
    transient ManagedExecutorService executor;

    @Inject
    RosterImport rosters;

    private final Map<String, RosterJob> jobs = new LinkedHashMap<>();

    /** Starts checking (dry run) or importing a roster; the job is there to poll at once. */
    public synchronized RosterJob start(String fileName, byte[] roster, boolean dryRun, Actor actor) {
        RosterJob job = new RosterJob(UUID.randomUUID().toString(), fileName, roster, dryRun);
        jobs.put(job.getId(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.execute(() -> run(job, roster, dryRun, actor));
        return job;
    }

    public synchronized Optional<RosterJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    private void run(RosterJob job, byte[] roster, boolean dryRun, Actor actor) {
        try {
            job.finish(rosters.importRoster(roster, dryRun, actor, job));
        } catch (RuntimeException failure) {
            Optional<InvalidException> unreadable = Failures.find(failure, InvalidException.class);
            if (unreadable.isPresent()) {
                job.fail(unreadable.get().violations().stream()
                        .map(Violation::message)
                        .toList());
            } else {
                LOG.log(Level.SEVERE, "Roster job " + job.getId() + " failed", failure);
                job.fail(List.of());
            }
        }
    }
}
