package org.extramile.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extramile.people.PersonErased;
import org.extramile.shared.JsonDocuments;

/**
 * One audited act: who did what, when, with which parameters, on how many rows. Never changed, but for one thing: a
 * person erased is named by their pseudonym from then on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    /** The parameters as a JSON object: filters, dry run, outcome. */
    @Column(nullable = false, length = 20_000)
    private String details;

    @Column(name = "row_count", nullable = false)
    private long rows;

    protected AuditEvent() {}

    AuditEvent(Instant at, String actor, AuditAction action, Map<String, ?> details, long rows) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.details = JsonDocuments.write(details);
        this.rows = rows;
    }

    /**
     * Replaces what named an erased person, as actor or in the details, by their pseudonym, and erases the reason
     * given in an act about them (HR's words on why they needed more time could tell of an illness); whether anything
     * named them.
     */
    @SuppressWarnings("unchecked")
    boolean scrub(PersonErased erased) {
        Map<String, Object> before = JsonDocuments.read(details, LinkedHashMap.class);
        Map<String, Object> after = (Map<String, Object>) scrubbed(before, erased);
        boolean named = !after.equals(before) || erased.username().equals(actor);
        if (named && after.containsKey("reason")) {
            after.put("reason", PersonErased.ERASED);
        }
        if (erased.username().equals(actor)) {
            actor = erased.pseudonym();
        }
        details = JsonDocuments.write(after);
        return named;
    }

    private static Object scrubbed(Object value, PersonErased erased) {
        if (value instanceof String text) {
            return erased.scrub(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> scrubbed = new LinkedHashMap<>();
            map.forEach((key, inner) -> scrubbed.put(erased.scrub(String.valueOf(key)), scrubbed(inner, erased)));
            return scrubbed;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(inner -> scrubbed(inner, erased)).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    AuditEventView view() {
        // In the order recorded: whose record first, then what changed.
        return new AuditEventView(id, at, actor, action, JsonDocuments.read(details, LinkedHashMap.class), rows);
    }
}
