package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.extramile.shared.AlreadyRunningException;
import org.extramile.shared.BackgroundStart;
import org.extramile.shared.ClusterSingleRun;
import org.extramile.shared.NotFoundException;

/**
 * Mailing everyone who cannot log in yet a link to choose a password, in the background, for the people page and API
 * clients that cannot hold one request open for it (20,000 people take about a minute, past a proxy's patience). Its
 * record follows it, so that a poll reaching any node finds it;
 * each run holds a cluster lock of its own while it runs, so that a run whose node stopped is seen as interrupted.
 * Two runs at once mail nobody twice: each batch locks its people (see {@link AccountRepository#withoutPassword}).
 */
@ApplicationScoped
public class InvitationRuns {

    @Inject
    People people;

    @Inject
    InvitationRecords records;

    @Inject
    BackgroundStart starts;

    @Inject
    ClusterSingleRun cluster;

    /**
     * Starts it and answers once it is recorded as running; while a run the same person started is running, that one
     * is the answer instead (a second click follows the first). A conflict if mail is not set up.
     */
    public InvitationRunView start(Actor actor) {
        people.requireMail();
        Optional<InvitationRunView> theirs = records.runningBy(actor.username()).stream()
                .map(this::checked)
                .filter(InvitationRunView::running)
                .findFirst();
        if (theirs.isPresent()) {
            return theirs.get();
        }
        UUID id = UUID.randomUUID();
        return starts.start(
                lock(id),
                started -> run(id, actor, started),
                () -> new AlreadyRunningException("The invitation " + id + " is running already."));
    }

    public InvitationRunView find(UUID id) {
        return records.find(id)
                .map(this::checked)
                .orElseThrow(() -> new NotFoundException("There is no bulk invitation " + id + "."));
    }

    private void run(UUID id, Actor actor, Consumer<InvitationRunView> started) {
        started.accept(records.started(id, actor.username(), (int) people.withoutPassword()));
        try {
            records.done(
                    id, people.mailInvitations(actor, (stage, looked, total) -> records.reached(id, looked, total)));
        } catch (RuntimeException e) {
            records.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
    }

    /**
     * A run recorded as running is running only while a node holds its lock; read again once the lock is seen free,
     * since it may have ended between the two reads.
     */
    private InvitationRunView checked(InvitationRunView run) {
        if (!run.running() || cluster.isHeld(lock(run.id()))) {
            return run;
        }
        InvitationRunView again = records.find(run.id()).orElseThrow();
        return again.running() ? again.interrupted() : again;
    }

    private static String lock(UUID id) {
        return "people-invitations-" + id;
    }
}
