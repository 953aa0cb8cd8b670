package org.extramile.audit;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Which audit events to read: of one action, by one actor (a username), about one person (a username or employee
 * number that the event's details name), at or after {@code from} and before {@code to}; each left out (null) when
 * any will do.
 */
public record AuditQuery(AuditAction action, String actor, String person, Instant from, Instant to) {

    /** Usernames and employee numbers are made of these: nothing a LIKE pattern or JSON would need escaped but _. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public AuditQuery {
        actor = blankAsNull(actor);
        person = blankAsNull(person);
        if (actor != null && !NAME.matcher(actor).matches()) {
            throw invalid("/actor", "'actor' is a username: letters, digits, dots, dashes or underscores.");
        }
        if (person != null && !NAME.matcher(person).matches()) {
            throw invalid("/person", "'person' is a username or an employee number, e.g. 'E-10042'.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("/from", "'from' must be before 'to'.");
        }
    }

    /** The same query about the person by another of their names (their username, which every event names). */
    public AuditQuery about(String name) {
        return new AuditQuery(action, actor, name, from, to);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidException invalid(String pointer, String message) {
        return new InvalidException(List.of(new Violation(pointer, message)));
    }
}
