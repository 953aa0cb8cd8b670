package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.extramile.settings.OrganisationRenamed;

/**
 * When the organisation is renamed, the programs it issues under its own name take the new one, so the next
 * certificates name it; a program issued by someone else (another name) is left alone, and certificates already
 * issued keep the name they were issued with.
 */
@ApplicationScoped
public class IssuerFollowsOrganisation {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void follow(@Observes OrganisationRenamed renamed) {
        em.createQuery("select p from Program p where p.issuer.name = :previous", Program.class)
                .setParameter("previous", renamed.previous())
                .getResultList()
                .forEach(program -> program.renameIssuer(renamed.current(), renamed.by(), clock.instant()));
    }
}
