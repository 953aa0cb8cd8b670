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
     * If the act was theirs or about an erased person, names them by their pseudonym, as actor and in the details,
     * and erases the reason given (HR's words on why they needed more time could tell of an illness); whether it was.
     */
    @SuppressWarnings("unchecked")
    boolean scrub(PersonErased erased) {
        boolean theirs = erased.username().equals(actor);
        if (!theirs && !erased.isAbout(details)) {
            return false;
        }
        Map<String, Object> scrubbed =
                (Map<String, Object>) scrubbed(JsonDocuments.read(details, LinkedHashMap.class), erased);
        if (scrubbed.containsKey("reason")) {
            scrubbed.put("reason", PersonErased.ERASED);
        }
        details = JsonDocuments.write(scrubbed);
        if (theirs) {
            actor = erased.pseudonym();
        }
        return true;
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
