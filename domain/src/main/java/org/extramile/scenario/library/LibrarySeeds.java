package org.extramile.scenario.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.ScenarioStatus;

/**
 * Remembers which packs were seeded, so that a scenario an installation deleted or renamed is not
 * brought back at the next start.
 */
@ApplicationScoped
public class LibrarySeeds {

    @Inject
    EntityManager em;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    Clock clock;

    /** Seeds the pack unless it was seeded before; says whether it did. */
    @Transactional
    public boolean seedOnce(LibraryPack pack) {
        if (wasSeeded(pack.slug())) {
            return false;
        }
        if (scenarios.findBySlug(pack.slug()).isEmpty()) {
            scenarios.add(new Scenario(
                    pack.slug(),
                    pack.title(),
                    pack.summary(),
                    pack.sourceStory(),
                    ScenarioStatus.PUBLISHED,
                    clock.instant()));
        }
        em.createNativeQuery("insert into library_seed (slug, seeded_at) values (?1, ?2)")
                .setParameter(1, pack.slug())
                .setParameter(2, clock.instant())
                .executeUpdate();
        return true;
    }

    private boolean wasSeeded(String slug) {
        return !em.createNativeQuery("select slug from library_seed where slug = ?1")
                .setParameter(1, slug)
                .getResultList()
                .isEmpty();
    }
}
