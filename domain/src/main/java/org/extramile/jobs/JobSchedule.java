package org.extramile.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When a job is due, given when its last successful run started. */
public sealed interface JobSchedule {

    boolean due(Optional<Instant> lastSuccess, Instant now);

    /** Once a day at {@code at} in {@code zone}: due once that time has come and no run has started since. */
    record Daily(LocalTime at, ZoneId zone) implements JobSchedule {

        @Override
        public boolean due(Optional<Instant> lastSuccess, Instant now) {
            ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
            Instant slot = today.toInstant().isAfter(now) ? today.minusDays(1).toInstant() : today.toInstant();
            return lastSuccess.map(last -> last.isBefore(slot)).orElse(true);
        }

        @Override
        public String toString() {
            return "daily at " + at + " (" + zone + ")";
        }
    }

    /** Every {@code period}, counted from the start of the last successful run. */
    record Every(Duration period) implements JobSchedule {

        @Override
        public boolean due(Optional<Instant> lastSuccess, Instant now) {
            return lastSuccess.map(last -> !now.isBefore(last.plus(period))).orElse(true);
        }

        @Override
        public String toString() {
            return "every " + period.toMinutes() + " min";
        }
    }
}
