package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.extramile.throttle.FailureCounts;
import org.extramile.throttle.MigratedH2;
import org.extramile.throttle.MovableClock;
import org.extramile.throttle.ThrottleKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verification throttle's rules (20 misses a minute by default, then a minute's pause) on the embedded H2 of the
 * quick start. Two nodes sharing one PostgreSQL: {@code it.platform.FailureCountsIT}.
 */
class VerificationThrottleTest {

    private static final String ADDRESS = "192.0.2.7";

    private final MovableClock clock = new MovableClock();
    private FailureCounts counts;
    private VerificationThrottle throttle;

    @BeforeEach
    void migrate() {
        JdbcDataSource h2 = MigratedH2.create();
        counts = new FailureCounts(h2, clock);
        throttle = new VerificationThrottle(counts, 20);
    }

    private void miss(int times, String address) {
        for (int miss = 1; miss <= times; miss++) {
            throttle.missed(address);
        }
    }

    @Test
    void shouldPauseTheAddressForAMinuteOnTheMissThatMakesTheLimit() {
        miss(19, ADDRESS);
        assertThat(throttle.wait(ADDRESS)).isZero();

        miss(1, ADDRESS);

        assertThat(throttle.wait(ADDRESS)).isEqualTo(60);
        clock.advance(Duration.ofMillis(15_500));
        assertThat(throttle.wait(ADDRESS)).as("rounded up").isEqualTo(45);
        clock.advance(Duration.ofMillis(44_500));
        assertThat(throttle.wait(ADDRESS)).isZero();
    }

    @Test
    void shouldForgetMissesOlderThanAMinute() {
        miss(19, ADDRESS);
        clock.advance(Duration.ofSeconds(61));

        miss(19, ADDRESS);

        assertThat(throttle.wait(ADDRESS)).isZero();
    }

    @Test
    void shouldCountEachAddressApartAndNeverAsFailedLogins() {
        miss(20, ADDRESS);

        assertThat(throttle.wait(ADDRESS)).isEqualTo(60);
        assertThat(throttle.wait("192.0.2.8")).isZero();
        assertThat(counts.lockedFor(ThrottleKey.loginAddress(ADDRESS)))
                .as("logins from that address")
                .isZero();
    }

    @Test
    void shouldTakeItsLimitFromConfiguration() {
        VerificationThrottle strict = new VerificationThrottle(counts, 3);

        strict.missed(ADDRESS);
        strict.missed(ADDRESS);
        strict.missed(ADDRESS);

        assertThat(strict.wait(ADDRESS)).isEqualTo(60);
    }
}
