package org.extramile.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StrikesTest {

    private final MovableClock clock = new MovableClock();
    private final Strikes strikes = new Strikes(3, Duration.ofMinutes(15), Duration.ofMinutes(10), clock);

    @Test
    void shouldLockOnTheFailureThatReachesTheLimitAndForHowLong() {
        assertThat(strikes.strike("sam")).isZero();
        assertThat(strikes.strike("sam")).isZero();

        assertThat(strikes.strike("sam")).isEqualTo(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(4));
        assertThat(strikes.lockedFor("sam")).isEqualTo(Duration.ofMinutes(6));
        assertThat(strikes.lockedFor("alex")).isZero();
    }

    @Test
    void shouldUnlockWhenTheLockoutIsOverAndCountAfresh() {
        strikes.strike("sam");
        strikes.strike("sam");
        strikes.strike("sam");

        clock.advance(Duration.ofMinutes(10));

        assertThat(strikes.lockedFor("sam")).isZero();
        assertThat(strikes.strike("sam")).isZero();
        assertThat(strikes.strike("sam")).isZero();
    }

    @Test
    void shouldNotExtendALockWithFailuresDuringIt() {
        strikes.strike("sam");
        strikes.strike("sam");
        strikes.strike("sam");

        clock.advance(Duration.ofMinutes(5));
        strikes.strike("sam");

        assertThat(strikes.lockedFor("sam")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        strikes.strike("sam");
        strikes.strike("sam");

        clock.advance(Duration.ofMinutes(16));

        assertThat(strikes.strike("sam")).isZero();
        assertThat(strikes.lockedFor("sam")).isZero();
    }

    @Test
    void shouldStartAgainFromNothingOnceCleared() {
        strikes.strike("sam");
        strikes.strike("sam");

        strikes.clear("sam");

        assertThat(strikes.strike("sam")).isZero();
        assertThat(strikes.strike("sam")).isZero();
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
