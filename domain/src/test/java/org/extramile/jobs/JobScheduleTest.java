package org.extramile.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** When a job is due: what lets every node fire the same schedule and only one run a day happen. */
class JobScheduleTest {

    @Nested
    class Daily {

        private final JobSchedule twoAmInParis = new JobSchedule.Daily(LocalTime.of(2, 0), ZoneId.of("Europe/Paris"));

        @Test
        void shouldBeDueOnceTheTimeHasComeAndTodaysRunHasNotStarted() {
            Instant yesterdaysRun = Instant.parse("2026-11-29T01:00:05Z"); // 02:00:05 in Paris
            Instant justAfterTwo = Instant.parse("2026-11-30T01:00:30Z");

            assertThat(twoAmInParis.due(Optional.of(yesterdaysRun), justAfterTwo))
                    .isTrue();
        }

        @Test
        void shouldNotBeDueAgainOnceTodaysRunStartedOnAnyNode() {
            Instant todaysRun = Instant.parse("2026-11-30T01:00:30Z");
            Instant aMinuteLater = Instant.parse("2026-11-30T01:01:30Z");
            Instant lateEvening = Instant.parse("2026-11-30T22:00:00Z");

            assertThat(twoAmInParis.due(Optional.of(todaysRun), aMinuteLater)).isFalse();
            assertThat(twoAmInParis.due(Optional.of(todaysRun), lateEvening)).isFalse();
        }

        @Test
        void shouldNotBeDueBeforeTheTimeWhenYesterdaysRunHappened() {
            Instant yesterdaysRun = Instant.parse("2026-11-29T01:00:05Z");
            Instant oneAm = Instant.parse("2026-11-30T00:00:00Z");

            assertThat(twoAmInParis.due(Optional.of(yesterdaysRun), oneAm)).isFalse();
        }

        @Test
        void shouldCatchUpADayMissedWhileEveryNodeWasDown() {
            Instant twoDaysAgo = Instant.parse("2026-11-28T01:00:05Z");
            Instant oneAm = Instant.parse("2026-11-30T00:00:00Z");

            assertThat(twoAmInParis.due(Optional.of(twoDaysAgo), oneAm)).isTrue();
        }

        @Test
        void shouldBeDueAtOnceOnANewInstallation() {
            assertThat(twoAmInParis.due(Optional.empty(), Instant.parse("2026-11-30T00:00:00Z")))
                    .isTrue();
        }
    }

    @Nested
    class Every {

        private final JobSchedule tenMinutes = new JobSchedule.Every(Duration.ofMinutes(10));

        @Test
        void shouldBeDueWhenThePeriodHasPassedSinceTheLastRunStarted() {
            Instant last = Instant.parse("2026-11-30T10:00:00Z");

            assertThat(tenMinutes.due(Optional.of(last), last.plusSeconds(599))).isFalse();
            assertThat(tenMinutes.due(Optional.of(last), last.plusSeconds(600))).isTrue();
            assertThat(tenMinutes.due(Optional.empty(), last)).isTrue();
        }
    }
}
