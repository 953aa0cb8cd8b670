package org.extramile.certification;

import java.time.Instant;
import java.util.List;

/** A program as the API shows it. */
public record ProgramView(
        String slug,
        String title,
        String description,
        List<String> scenarios,
        Double minAverage,
        int validityMonths,
        Integer dueDays,
        Issuer issuer,
        long version,
        Instant updatedAt,
        String updatedBy) {}
