package org.extramile.web.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** A GET filter's values as typed in the address, read as the REST API reads them, or refused in words. */
public final class FilterValues {

    private FilterValues() {}

    /** A day's start in UTC; a "to" day ({@code endOfDay}) includes its whole day. Null when left empty. */
    public static Instant date(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidException(List.of(new Violation("/" + name, Texts.text("hr.records.badDate", value))));
        }
    }

    public static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidException(List.of(new Violation("/" + name, Texts.text("hr.records.badNumber", value))));
        }
    }
}
