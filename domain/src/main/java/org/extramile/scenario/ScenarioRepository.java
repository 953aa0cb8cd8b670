package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ScenarioRepository {

    @Inject
    EntityManager em;

    public List<Scenario> findByStatus(ScenarioStatus status) {
        return em.createQuery("select s from Scenario s where s.status = :status order by s.id", Scenario.class)
                .setParameter("status", status)
                .getResultList();
    }

    public List<Scenario> findAll() {
        return em.createQuery("select s from Scenario s order by s.id", Scenario.class)
                .getResultList();
    }

    public Optional<Scenario> findBySlug(String slug) {
        return em.createQuery("select s from Scenario s where s.slug = :slug", Scenario.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public void flush() {
        em.flush();
    }

    public void add(Scenario scenario) {
        em.persist(scenario);
        em.flush();
    }
}
