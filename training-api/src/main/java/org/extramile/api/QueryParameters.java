package org.extramile.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Query parameters read strictly, as 400 problems naming the parameter: JAX-RS itself answers 404
 * for a number it cannot convert, and reads any boolean but "true" as false, so "dryRun=1" would write.
 */
public final class QueryParameters {

    private QueryParameters() {}

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "'" + name + "' is a whole number, not '" + value + "'.");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "'" + name + "' is true or false, not '" + value + "'.");
        };
    }

    /**
     * An instant ({@code 2026-11-22T10:00:00Z}) or a date ({@code 2026-11-22}, meaning its start in
     * UTC; {@code endOfDay} takes the start of the next day, so that a "to" date includes the day).
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate date = LocalDate.parse(value.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(
                    name,
                    "'" + name + "' is a date (2026-11-22) or an instant (2026-11-22T10:00:00Z), not '" + value + "'.");
        }
    }

    public static InvalidException invalid(String name, String message) {
        return new InvalidException(List.of(new Violation("/" + name, message)));
    }
}
