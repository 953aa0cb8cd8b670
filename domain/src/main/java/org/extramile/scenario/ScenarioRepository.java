package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The titles of the scenarios of these slugs, in one query; a slug no scenario has is left out. */
    public Map<String, String> titlesOf(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.slug, s.title from Scenario s where s.slug in :slugs", Object[].class)
                .setParameter("slugs", slugs)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public void flush() {
        em.flush();
    }

    public void add(Scenario scenario) {
        em.persist(scenario);
        em.flush();
    }
}
