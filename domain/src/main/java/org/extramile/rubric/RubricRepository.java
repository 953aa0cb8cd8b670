package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RubricRepository {

    @Inject
    EntityManager em;

    public Optional<RubricDraft> draft(Long scenarioId) {
        return Optional.ofNullable(em.find(RubricDraft.class, scenarioId));
    }

    /** Locks the draft being published: its version rises, so that a save made meanwhile conflicts. */
    public void lockForPublishing(RubricDraft draft) {
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(RubricDraft draft) {
        em.persist(draft);
    }

    public void add(RubricVersion version) {
        em.persist(version);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public List<RubricVersion> versions(Long scenarioId) {
        return em.createQuery(
                        "select v from RubricVersion v where v.scenarioId = :scenario order by v.number",
                        RubricVersion.class)
                .setParameter("scenario", scenarioId)
                .getResultList();
    }

    public Optional<RubricVersion> version(Long scenarioId, int number) {
        return em.createQuery(
                        "select v from RubricVersion v where v.scenarioId = :scenario and v.number = :number",
                        RubricVersion.class)
                .setParameter("scenario", scenarioId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public Optional<RubricVersion> latest(Long scenarioId) {
        return em.createQuery(
                        "select v from RubricVersion v where v.scenarioId = :scenario order by v.number desc",
                        RubricVersion.class)
                .setParameter("scenario", scenarioId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
