package org.extramile.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

/**
 * The audit log: exports, imports and other acts on people's data, recorded in the transaction of
 * the act itself (so an act that rolls back leaves no trace claiming it happened), read newest first.
 */
@ApplicationScoped
public class AuditLog {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records that {@code actor} did {@code action} now, with its parameters (filters, dry run,
     * outcome: plain values, lists and maps) on {@code rows} rows.
     */
    @Transactional
    public void record(String actor, AuditAction action, Map<String, ?> details, long rows) {
        em.persist(new AuditEvent(clock.instant(), actor, action, details, rows));
    }

    /** The events of one action (or all), at or after {@code from} and before {@code to}, newest first. */
    @Transactional
    public Page<AuditEventView> search(AuditAction action, Instant from, Instant to, PageRequest page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidException(List.of(new Violation("/from", "'from' must be before 'to'.")));
        }
        String where = " where e.at >= :from and e.at < :to" + (action == null ? "" : " and e.action = :action");
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> events = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.at desc, e.id desc", AuditEvent.class);
        for (TypedQuery<?> query : List.of(count, events)) {
            query.setParameter("from", from == null ? Instant.EPOCH : from)
                    .setParameter("to", to == null ? END_OF_TIME : to);
            if (action != null) {
                query.setParameter("action", action);
            }
        }
        return new Page<>(
                events.setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultStream()
                        .map(AuditEvent::view)
                        .toList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }
}
