package org.extramile.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.extramile.people.PersonErased;

/**
 * Forgets an erased person in the audit log: every act stays (who else did what, when, on how many rows), and names
 * them, as actor or in its details, by their pseudonym.
 */
@ApplicationScoped
public class AuditErasure {

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        Set<AuditEvent> naming = new LinkedHashSet<>(
                em.createQuery("select e from AuditEvent e where e.actor = :username", AuditEvent.class)
                        .setParameter("username", erased.username())
                        .getResultList());
        for (String identifier : erased.unique()) {
            naming.addAll(em.createQuery(
                            "select e from AuditEvent e where e.details like :identifier escape '\\'", AuditEvent.class)
                    .setParameter(
                            "identifier",
                            "%"
                                    + identifier
                                            .replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%")
                    .getResultList());
        }
        erased.erased(
                "auditEvents",
                naming.stream().filter(event -> event.scrub(erased)).count());
    }
}
