package org.extramile.certification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.extramile.shared.ApplicationStarted;

/**
 * Seeds the program of the library, cx-essentials, once: after the library's scenarios, and never again once an
 * installation has it (edited or not).
 */
@ApplicationScoped
public class ProgramSeeding {

    static final String SLUG = "cx-essentials";
    private static final Logger LOG = Logger.getLogger(ProgramSeeding.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Programs programs;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) ApplicationStarted started) {
        if (programs.find(SLUG).isPresent()) {
            return;
        }
        em.persist(new Program(
                new ProgramDefinition(
                        SLUG,
                        "Customer Experience Essentials",
                        "Going the extra mile when what the customer wants is not on the shelf: levelling with a "
                                + "regular about a sold-out sale item, fetching a product from another branch, and "
                                + "buying a drink the bar does not carry.",
                        List.of("free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink"),
                        null,
                        12,
                        null,
                        programs.defaultIssuer(),
                        null),
                "library",
                clock.instant(),
                LocalDate.ofInstant(clock.instant(), clock.getZone())));
        LOG.info("Seeded the program '" + SLUG + "'.");
    }
}
