package org.extramile.scenario.library;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.logging.Logger;
import org.extramile.shared.ApplicationStarted;

/** Loads the seeded library at start-up. */
@ApplicationScoped
public class LibrarySeeding {

    private static final Logger LOG = Logger.getLogger(LibrarySeeding.class.getName());

    @Inject
    LibrarySeeds seeds;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ApplicationStarted started) {
        for (String slug : LibraryPack.SLUGS) {
            try {
                if (seeds.seedOnce(slug)) {
                    LOG.info(() -> "Seeded the scenario '" + slug + "' from the library.");
                }
            } catch (PersistenceException | TransactionalException e) {
                if (!seeds.wasSeeded(slug)) {
                    throw e;
                }
                // Another instance of a cluster seeded the same pack at the same moment and won the key.
                LOG.info(() -> "The scenario '" + slug + "' was seeded by another instance.");
            }
        }
    }
}
