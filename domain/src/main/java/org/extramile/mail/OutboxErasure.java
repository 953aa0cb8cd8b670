package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.extramile.people.PersonErased;

/**
 * Forgets an erased person in the outbox: the mail kept to them goes, and mail to others that named them (HR told who
 * became certified, a trainer who answered) says their pseudonym instead.
 */
@ApplicationScoped
public class OutboxErasure {

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        erased.email()
                .ifPresent(email -> erased.erased(
                        "mails",
                        em.createQuery("delete from OutgoingMail m where lower(m.recipient) = lower(:email)")
                                .setParameter("email", email)
                                .executeUpdate()));
        long scrubbed = 0;
        for (String identifier : erased.unique()) {
            List<OutgoingMail> naming = em.createQuery(
                            "select m from OutgoingMail m where lower(m.subject) like :like or lower(m.body) like :like",
                            OutgoingMail.class)
                    .setParameter("like", "%" + identifier.toLowerCase() + "%")
                    .getResultList();
            for (OutgoingMail mail : naming) {
                if (mail.scrub(erased)) {
                    scrubbed++;
                }
            }
        }
        erased.erased("mailsToOthers", scrubbed);
    }
}
