package org.extramile.analytics;

import java.time.Instant;
import java.util.List;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Which attempts the figures count: started at or after {@code from} and before {@code to}, by trainees of one branch
 * (its code) when they started them. Any of them may be absent. A chain compares a recent cohort, or one store, with
 * the rest; a trainee who moved on leaves their attempts with the store they played them at.
 */
public record AnalyticsFilter(Instant from, Instant to, String branch) {

    public AnalyticsFilter {
        branch = branch == null || branch.isBlank() ? null : branch.strip();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidException(List.of(new Violation("/from", "'from' must be before 'to'.")));
        }
    }
}
