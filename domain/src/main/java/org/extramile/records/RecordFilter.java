package org.extramile.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Which certificates an export holds: issued at or after {@code from} and before {@code to}, of one program (slug),
 * of holders now at one branch (code), in one standing, of one employee (number). Any of them may be absent.
 * {@code within} is the number of days {@link RecordStatus#EXPIRING} looks ahead.
 */
public record RecordFilter(
        Instant from, Instant to, String program, String branch, RecordStatus status, Integer within, String employee) {

    static final int DEFAULT_WITHIN_DAYS = 30;
    static final int MAX_WITHIN_DAYS = 3660;

    public RecordFilter {
        program = blankToNull(program);
        branch = blankToNull(branch);
        employee = blankToNull(employee);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidException(List.of(new Violation("/from", "'from' must be before 'to'.")));
        }
        if (within != null && status != RecordStatus.EXPIRING) {
            throw new InvalidException(
                    List.of(new Violation("/within", "'within' goes with status=expiring: it is the days ahead.")));
        }
        if (status == RecordStatus.EXPIRING) {
            within = within == null ? DEFAULT_WITHIN_DAYS : within;
            if (within < 1 || within > MAX_WITHIN_DAYS) {
                throw new InvalidException(List.of(new Violation(
                        "/within",
                        "'within' is a number of days from 1 to " + MAX_WITHIN_DAYS + ", not " + within + ".")));
            }
        }
    }

    public static RecordFilter none() {
        return new RecordFilter(null, null, null, null, null, null, null);
    }

    /** The filters as the audit log keeps them: only those that were given. */
    public Map<String, Object> audited() {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "from", from == null ? null : from.toString());
        put(given, "to", to == null ? null : to.toString());
        put(given, "program", program);
        put(given, "branch", branch);
        put(given, "status", status == null ? null : status.label());
        put(given, "within", within);
        put(given, "employee", employee);
        return given;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
