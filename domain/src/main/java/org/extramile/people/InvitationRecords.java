package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The records of bulk invitations run in the background, each change in a transaction of its own. */
@ApplicationScoped
@Transactional
class InvitationRecords {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The record, written as it starts, with how many it is about to look at: every node can follow it from here. */
    InvitationRunView started(UUID id, String by, int total) {
        InvitationRun run = new InvitationRun(id, by, now(), total);
        em.persist(run);
        em.flush();
        return run.view();
    }

    void reached(UUID id, int looked, int total) {
        em.find(InvitationRun.class, id).reached(looked, total);
    }

    void done(UUID id, BulkInvitation result) {
        em.find(InvitationRun.class, id).done(result, now());
    }

    void failed(UUID id, String why) {
        em.find(InvitationRun.class, id).failed(why, now());
    }

    /** The runs the person started that are recorded as running, newest first. */
    List<InvitationRunView> runningBy(String by) {
        return em.createQuery(
                        "select r from InvitationRun r where r.startedBy = :by and r.status = :running"
                                + " order by r.startedAt desc",
                        InvitationRun.class)
                .setParameter("by", by)
                .setParameter("running", InvitationStatus.RUNNING)
                .getResultStream()
                .map(InvitationRun::view)
                .toList();
    }

    Optional<InvitationRunView> find(UUID id) {
        return Optional.ofNullable(em.find(InvitationRun.class, id)).map(InvitationRun::view);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
