package org.extramile.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counting rules, on the embedded H2 database of the quick start, migrated as the application migrates it (so
 * V9 and V11 are proven on H2 too), and one node's threads racing there. Two nodes on PostgreSQL and pruning are
 * FailureCountsIT's.
 */
class FailureCountsTest {

    private static final FailureLimit THREE = new FailureLimit(3, Duration.ofMinutes(15), Duration.ofMinutes(10));

    private final MovableClock clock = new MovableClock();
    private JdbcDataSource h2;
    private FailureCounts failureCounts;

    @BeforeEach
    void migrate() {
        h2 = MigratedH2.create();
        failureCounts = new FailureCounts(h2, clock);
    }

    private Duration fail(String username) {
        return failureCounts.failed(ThrottleKey.loginAccount(username), THREE);
    }

    private Duration lockedFor(String username) {
        return failureCounts.lockedFor(ThrottleKey.loginAccount(username));
    }

    @Test
    void shouldLockOnTheFailureThatReachesTheLimitAndForHowLong() {
        assertThat(fail("sam")).isZero();
        assertThat(fail("sam")).isZero();

        assertThat(fail("sam")).isEqualTo(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(4));
        assertThat(lockedFor("sam")).isEqualTo(Duration.ofMinutes(6));
        assertThat(lockedFor("alex")).isZero();
    }

    @Test
    void shouldCountVariantsInCaseAndSpacesAsOneUsername() {
        fail("Sam");
        fail(" sam ");

        assertThat(fail("SAM")).isEqualTo(Duration.ofMinutes(10));
        assertThat(lockedFor("sam")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldUnlockWhenTheLockoutIsOverAndCountAfresh() {
        fail("sam");
        fail("sam");
        fail("sam");

        clock.advance(Duration.ofMinutes(10));

        assertThat(lockedFor("sam")).isZero();
        assertThat(fail("sam")).isZero();
        assertThat(fail("sam")).isZero();
        assertThat(fail("sam")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldNeitherCountNorExtendALockWithFailuresDuringIt() {
        fail("sam");
        fail("sam");
        fail("sam");

        clock.advance(Duration.ofMinutes(5));
        Duration duringTheLock = fail("sam");

        assertThat(duringTheLock).isZero();
        assertThat(lockedFor("sam")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindowButCountThoseWithinIt() {
        fail("sam");
        clock.advance(Duration.ofMinutes(10));
        fail("sam");

        clock.advance(Duration.ofMinutes(6));

        assertThat(fail("sam")).as("the first failure left the window").isZero();
        assertThat(fail("sam")).as("the second is still in it").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldStartAgainFromNothingOnceCleared() {
        fail("sam");
        fail("sam");

        failureCounts.succeeded(ThrottleKey.loginAccount("sam"));

        assertThat(fail("sam")).isZero();
        assertThat(fail("sam")).isZero();
    }

    @Test
    void shouldKeepALockThatASuccessComesAfter() {
        fail("sam");
        fail("sam");
        fail("sam");

        failureCounts.succeeded(ThrottleKey.loginAccount("sam"));

        assertThat(lockedFor("sam")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldCountAnAccountAndAnAddressApartAndAnswerForTheLongestLock() {
        ThrottleKey address = ThrottleKey.loginAddress("192.0.2.7");
        fail("sam");
        fail("sam");
        fail("sam");
        clock.advance(Duration.ofMinutes(2));
        failureCounts.failed(address, THREE);
        failureCounts.failed(address, THREE);
        failureCounts.failed(address, THREE);

        assertThat(failureCounts.lockedFor(ThrottleKey.loginAccount("sam"), address))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(failureCounts.lockedFor(ThrottleKey.loginAccount("alex"), address))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(failureCounts.lockedFor(ThrottleKey.loginAccount("sam"), ThrottleKey.loginAddress("192.0.2.8")))
                .isEqualTo(Duration.ofMinutes(8));
        assertThat(lockedFor("192.0.2.7")).as("an address is not a username").isZero();
    }

    @Test
    void shouldLoseNoConcurrentFailureOnTheEmbeddedDatabase() throws Exception {
        FailureLimit many = new FailureLimit(1000, Duration.ofMinutes(15), Duration.ofMinutes(10));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> failures = new ArrayList<>();
        try {
            for (int i = 0; i < 80; i++) {
                failures.add(threads.submit(() -> {
                    start.await();
                    return failureCounts.failed(ThrottleKey.loginAccount("sam"), many);
                }));
            }
            start.countDown();
            for (Future<Duration> failure : failures) {
                assertThat(failure.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            threads.shutdownNow();
        }

        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from login_failure")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(80);
        }
    }

    @Test
    void shouldStoreNeitherTheUsernameNorAnythingTypedInItsPlace() throws SQLException {
        String typed = "Summer-2026!";

        fail(typed);

        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select scope, key_hash from login_key")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("scope")).isEqualTo("account");
            assertThat(row.getString("key_hash"))
                    .isEqualTo(ThrottleKey.loginAccount(typed).hash())
                    .doesNotContain("ummer");
        }
    }
}
