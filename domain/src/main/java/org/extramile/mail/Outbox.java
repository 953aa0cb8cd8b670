package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

/**
 * Where the application leaves mail for the {@link MailJob} to send. A mail is queued in the transaction of what it
 * tells, so it goes out if and only if that is committed, and an SMTP server that is down delays it without losing it
 * or failing the work.
 */
@ApplicationScoped
public class Outbox {

    /** How long the record of a mail sent or given up is kept, for an administrator asked where one went. */
    public static final Duration HISTORY = Duration.ofDays(90);

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

    /**
     * The outbox's counts and one page of its mail, newest first: of one status if given, to addresses holding
     * {@code recipient} if given (any case).
     */
    @Transactional
    public OutboxView overview(MailStatus status, String recipient, PageRequest page) {
        Instant since = clock.instant().minus(HISTORY);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(
                    switch (status) {
                        case WAITING -> " and m.sentAt is null and m.givenUpAt is null";
                        case SENT -> " and m.sentAt is not null";
                        case GIVEN_UP -> " and m.givenUpAt is not null";
                    });
        }
        if (recipient != null && !recipient.isBlank()) {
            where.append(" and lower(m.recipient) like :recipient escape '!'");
            String escaped = recipient.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1");
            parameters.put("recipient", "%" + escaped + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(m) from OutgoingMail m" + where, Long.class);
        TypedQuery<OutgoingMail> mail = em.createQuery(
                "select m from OutgoingMail m" + where + " order by m.createdAt desc, m.id desc", OutgoingMail.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            mail.setParameter(name, value);
        });
        Object[] counts = em.createQuery(
                        "select sum(case when m.sentAt is null and m.givenUpAt is null then 1 else 0 end),"
                                + " sum(case when m.sentAt is not null then 1 else 0 end),"
                                + " sum(case when m.givenUpAt is not null then 1 else 0 end)"
                                + " from OutgoingMail m",
                        Object[].class)
                .getSingleResult();
        return new OutboxView(
                settings.enabled(),
                settings.server(),
                settings.security(),
                settings.from(),
                since,
                number(counts[0]),
                number(counts[1]),
                number(counts[2]),
                new Page<>(
                        mail.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                                .map(OutgoingMail::view)
                                .toList(),
                        page.page(),
                        page.size(),
                        count.getSingleResult()));
    }

    /** Forgets the mail sent or given up longer ago than the history kept; answers how many. */
    @Transactional
    int forgetOld() {
        return em.createQuery("delete from OutgoingMail m where m.sentAt < :before or m.givenUpAt < :before")
                .setParameter("before", clock.instant().minus(HISTORY))
                .executeUpdate();
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The mail due for an attempt: what somebody waits for first, then bulk mail, each oldest first. */
    @Transactional
    List<Long> due(int limit) {
        return em.createQuery(
                        "select m.id from OutgoingMail m where m.sentAt is null and m.givenUpAt is null"
                                + " and m.nextAttemptAt <= :now order by m.bulk, m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }
}
