package org.extramile.scenario.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.pack.ScenarioPacks;

/**
 * Seeds each library pack once: imported and its rubric published as version 1. It remembers
 * which packs were seeded, so that a scenario an installation deleted or renamed is not brought
 * back at the next start, and one it edited is never overwritten.
 */
@ApplicationScoped
public class LibrarySeeds {

    static final String SEEDER = "library";

    @Inject
    EntityManager em;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioPacks packs;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    Clock clock;

    /** Seeds the pack unless it was seeded before; says whether it did. */
    @Transactional
    public boolean seedOnce(String slug) {
        if (wasSeeded(slug)) {
            return false;
        }
        if (!catalogue.exists(slug)) {
            packs.importPack(LibraryPack.document(slug), null, SEEDER);
            rubrics.publish(slug, SEEDER);
        }
        em.persist(new LibrarySeed(slug, clock.instant(), LibraryPack.digest(slug)));
        em.flush();
        return true;
    }

    @Transactional
    public boolean wasSeeded(String slug) {
        return em.find(LibrarySeed.class, slug) != null;
    }
}
