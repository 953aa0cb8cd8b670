package org.extramile.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as the API shows it. {@code dueDays}: the deadline in days after hire, or after {@code dueSince} (the day
 * the deadline was introduced) for those hired before; both null without a deadline.
 */
public record ProgramView(
        String slug,
        String title,
        String description,
        List<String> scenarios,
        Double minAverage,
        int validityMonths,
        Integer dueDays,
        LocalDate dueSince,
        Issuer issuer,
        long version,
        Instant updatedAt,
        String updatedBy) {}
