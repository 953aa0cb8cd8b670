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
 * The roster checks and imports of one session, run on the server's managed executor so that their
 * pages can show their progress; only the latest few are kept (a checked roster holds its file until imported).
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
    public synchronized RosterJob checkOrImport(String fileName, byte[] roster, boolean dryRun, Actor actor) {
        RosterJob job = new RosterJob(newId(), fileName, roster, dryRun);
        start(job, () -> job.finish(rosters.importRoster(roster, dryRun, actor, job)));
        return job;
    }

    /** The session's job of that id, if it is still kept. */
    public synchronized Optional<RosterJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    private void start(RosterJob job, Runnable work) {
        jobs.put(job.getId(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.execute(() -> run(job, work));
    }

    private static void run(RosterJob job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            List<String> reasons = Failures.find(failure, InvalidException.class)
                    .map(invalid -> invalid.violations().stream()
                            .map(Violation::message)
                            .toList())
                    .or(() -> Staff.refusal(failure).map(List::of))
                    .orElse(List.of());
            if (reasons.isEmpty()) {
                LOG.log(Level.SEVERE, "Job " + job.getId() + " failed", failure);
            }
            job.fail(reasons);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
