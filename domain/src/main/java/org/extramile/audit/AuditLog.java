package org.extramile.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.persistence.PatternPlans;
import org.hibernate.jpa.HibernateHints;

/**
 * The audit log: exports, imports and other acts on people's data, recorded in the transaction of
 * the act itself (so an act that rolls back leaves no trace claiming it happened), read newest first.
 */
@ApplicationScoped
public class AuditLog {

    private static final int FETCH_SIZE = 1000;

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

    /**
     * The events the query selects, newest first. An event is about a person when its details hold their name (as a
     * username or employee number) as a value, alone or in a list: every event about a person names their username.
     */
    @Transactional
    public Page<AuditEventView> search(AuditQuery query, PageRequest page) {
        planForThePattern(query);
        return new Page<>(
                selected(query, "select e from AuditEvent e", AuditEvent.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultStream()
                        .map(AuditEvent::view)
                        .toList(),
                page.page(),
                page.size(),
                selected(query, "select count(e) from AuditEvent e", Long.class).getSingleResult());
    }

    /**
     * A search for a person is planned for its own pattern: a plan for any pattern read the whole log backwards by date
     * (1.5 s for two million entries, against 40 ms).
     */
    private void planForThePattern(AuditQuery query) {
        if (query.person() != null) {
            PatternPlans.forThisTransaction(em);
        }
    }

    /** Hands every event the query selects to {@code each}, newest first, read in batches: for an export of any size. */
    @Transactional
    public void each(AuditQuery query, Consumer<AuditEventView> each) {
        planForThePattern(query);
        try (Stream<AuditEvent> events = selected(query, "select e from AuditEvent e", AuditEvent.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .getResultStream()) {
            events.map(AuditEvent::view).forEach(each);
        }
    }

    private <T> TypedQuery<T> selected(AuditQuery query, String select, Class<T> type) {
        StringBuilder where = new StringBuilder(" where e.at >= :from and e.at < :to");
        if (query.action() != null) {
            where.append(" and e.action = :action");
        }
        if (query.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (query.person() != null) {
            where.append(" and e.details like :person escape '\\'");
        }
        String order = type == Long.class ? "" : " order by e.at desc, e.id desc";
        TypedQuery<T> selection = em.createQuery(select + where + order, type)
                .setParameter("from", query.from() == null ? Instant.EPOCH : query.from())
                .setParameter("to", query.to() == null ? END_OF_TIME : query.to());
        if (query.action() != null) {
            selection.setParameter("action", query.action());
        }
        if (query.actor() != null) {
            selection.setParameter("actor", query.actor());
        }
        if (query.person() != null) {
            // The name as a whole JSON string; _ is the one character of a name that LIKE reads as a wildcard.
            selection.setParameter("person", "%\"" + query.person().replace("_", "\\_") + "\"%");
        }
        return selection;
    }
}
