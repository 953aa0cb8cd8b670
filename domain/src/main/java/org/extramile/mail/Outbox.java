package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Where the application leaves mail for the {@link MailJob} to send. A mail is queued in the transaction of what it
 * tells, so it goes out if and only if that is committed, and an SMTP server that is down delays it without losing it
 * or failing the work.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Queues the mail; false (nothing queued) when mail is off or the person has no address. */
    @Transactional
    public boolean queue(Mail mail) {
        if (!settings.enabled() || mail.to() == null || mail.to().isBlank()) {
            return false;
        }
        em.persist(new OutgoingMail(mail, clock.instant()));
        return true;
    }

    /** The mail due for an attempt, oldest first. */
    @Transactional
    List<Long> due(int limit) {
        return em.createQuery(
                        "select m.id from OutgoingMail m where m.sentAt is null and m.givenUpAt is null"
                                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }
}
