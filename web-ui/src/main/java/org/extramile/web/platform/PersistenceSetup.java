package org.extramile.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container-managed entity manager injectable with {@code @Inject}. Payara resolves
 * {@code @PersistenceContext} only in the WAR's own classes, not in the domain's jar.
 */
@ApplicationScoped
public class PersistenceSetup {

    @Produces
    @PersistenceContext(unitName = "extramile")
    EntityManager entityManager;
}
