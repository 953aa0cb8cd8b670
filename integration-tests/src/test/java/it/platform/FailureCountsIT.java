package it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.extramile.certification.VerificationThrottle;
import org.extramile.throttle.FailureCounts;
import org.extramile.throttle.FailureLimit;
import org.extramile.throttle.MovableClock;
import org.extramile.throttle.ThrottleKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes of a cluster counting failures (failed logins, lookups of serials that do not exist) on one PostgreSQL:
 * each node is a {@link FailureCounts} with its own connections, as each Payara Micro has its own pool; they share the
 * database and the time (a clock the test moves).
 */
class FailureCountsIT {

    private static final FailureLimit FIVE = new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final int THREADS = 12;

    private static PGSimpleDataSource database;

    private final MovableClock clock = new MovableClock();
    private final FailureCounts nodeA = new FailureCounts(dataSource(), clock);
    private final FailureCounts nodeB = new FailureCounts(dataSource(), clock);

    @BeforeAll
    static void migrate() {
        TestDatabase.recreate();
        database = dataSource();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource node = new PGSimpleDataSource();
        node.setURL(TestDatabase.url());
        node.setUser(TestDatabase.user());
        node.setPassword(TestDatabase.password());
        return node;
    }

    /** A username no other test counts. */
    private static ThrottleKey someone() {
        return ThrottleKey.loginAccount("user-" + UUID.randomUUID());
    }

    @Test
    void shouldLockOnBothNodesWhenFailuresSplitAcrossThemReachTheLimit() {
        ThrottleKey sam = someone();
        List<Duration> locks = new ArrayList<>();

        locks.add(nodeA.failed(sam, FIVE));
        locks.add(nodeB.failed(sam, FIVE));
        locks.add(nodeA.failed(sam, FIVE));
        locks.add(nodeB.failed(sam, FIVE));
        assertThat(nodeA.lockedFor(sam)).isZero();
        assertThat(nodeB.lockedFor(sam)).isZero();
        locks.add(nodeA.failed(sam, FIVE));

        assertThat(locks)
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeA.lockedFor(sam)).isEqualTo(Duration.ofMinutes(14));
        assertThat(nodeB.lockedFor(sam)).isEqualTo(Duration.ofMinutes(14));
    }

    @Test
    void shouldPauseVerificationOnBothNodesWhenMissesSplitAcrossThemReachTheLimit() {
        String script = "198.51.100.7";
        String someoneElse = "198.51.100.8";
        VerificationThrottle verifyingOnA = new VerificationThrottle(nodeA, 20);
        VerificationThrottle verifyingOnB = new VerificationThrottle(nodeB, 20);

        for (int miss = 1; miss <= 19; miss++) {
            (miss % 2 == 0 ? verifyingOnA : verifyingOnB).missed(script);
        }
        assertThat(verifyingOnA.wait(script)).as("19 misses, 10 of them on B").isZero();
        assertThat(verifyingOnB.wait(script)).isZero();
        verifyingOnA.missed(script);

        assertThat(verifyingOnA.wait(script)).isEqualTo(60);
        assertThat(verifyingOnB.wait(script))
                .as("the node that saw 10 misses pauses too")
                .isEqualTo(60);
        assertThat(verifyingOnB.wait(someoneElse)).isZero();
        assertThat(nodeA.lockedFor(ThrottleKey.loginAddress(script)))
                .as("logins from the address")
                .isZero();
        clock.advance(Duration.ofSeconds(45));
        assertThat(verifyingOnB.wait(script)).isEqualTo(15);
        clock.advance(Duration.ofSeconds(15));
        assertThat(verifyingOnA.wait(script)).isZero();
        assertThat(verifyingOnB.wait(script)).isZero();
    }

    @Test
    void shouldCountEveryConcurrentFailureOnBothNodesAndLockExactlyOnce() throws Exception {
        ThrottleKey sam = someone();
        FailureLimit forty = new FailureLimit(40, Duration.ofMinutes(15), Duration.ofMinutes(15));

        List<Duration> belowTheLimit = atOnce(39, sam, forty);

        assertThat(belowTheLimit).as("39 failures, one short of the limit").containsOnly(Duration.ZERO);
        assertThat(failuresStored(sam))
                .as("none lost, the key's first insert raced by many")
                .isEqualTo(39);
        assertThat(nodeB.lockedFor(sam)).isZero();

        List<Duration> overTheLimit = atOnce(20, sam, forty);

        assertThat(overTheLimit.stream().filter(lock -> !lock.isZero()))
                .as("one failure locks; the others come during the lock")
                .containsExactly(Duration.ofMinutes(15));
        assertThat(nodeA.lockedFor(sam)).isEqualTo(Duration.ofMinutes(15));
        assertThat(nodeB.lockedFor(sam)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldTakeTheFirstFailureOfANewKeyOnTwoNodesAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            ThrottleKey fresh = someone();

            List<Duration> both = atOnce(2, fresh, FIVE);

            assertThat(both).containsOnly(Duration.ZERO);
            assertThat(failuresStored(fresh)).isEqualTo(2);
        }
    }

    @Test
    void shouldForgetOnOneNodeTheCountTheOtherKept() {
        ThrottleKey sam = someone();
        for (int failure = 1; failure <= 4; failure++) {
            nodeA.failed(sam, FIVE);
        }

        nodeB.succeeded(sam);

        for (int failure = 1; failure <= 4; failure++) {
            assertThat(nodeA.failed(sam, FIVE))
                    .as("failure %d after the success", failure)
                    .isZero();
        }
        assertThat(nodeB.failed(sam, FIVE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldCountAUsernameThatDoesNotExistExactlyAsOneThatDoes() throws SQLException {
        String existing = "sam-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, username, display_name, password_hash, active, created_at)"
                                + " values ((select coalesce(max(id), 0) + 1 from account), ?, 'Sam', 'x', true,"
                                + " now())")) {
            insert.setString(1, existing);
            insert.executeUpdate();
        }
        ThrottleKey account = ThrottleKey.loginAccount(existing);
        ThrottleKey nobody = ThrottleKey.loginAccount(
                "nobody-" + UUID.randomUUID().toString().substring(0, 8));
        List<Duration> accountLocks = new ArrayList<>();
        List<Duration> nobodyLocks = new ArrayList<>();

        for (int failure = 1; failure <= 5; failure++) {
            accountLocks.add((failure % 2 == 0 ? nodeA : nodeB).failed(account, FIVE));
            nobodyLocks.add((failure % 2 == 0 ? nodeA : nodeB).failed(nobody, FIVE));
        }

        assertThat(nobodyLocks).isEqualTo(accountLocks).last().isEqualTo(Duration.ofMinutes(15));
        assertThat(nodeA.lockedFor(nobody)).isEqualTo(nodeB.lockedFor(account));
    }

    @Test
    void shouldUnlockOnBothNodesAfterTheLockoutAndForgetFailuresAfterTheWindow() {
        ThrottleKey sam = someone();
        for (int failure = 1; failure <= 5; failure++) {
            (failure % 2 == 0 ? nodeA : nodeB).failed(sam, FIVE);
        }

        clock.advance(Duration.ofMinutes(15));

        assertThat(nodeA.lockedFor(sam)).isZero();
        assertThat(nodeB.lockedFor(sam)).isZero();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(nodeA.failed(sam, FIVE))
                    .as("counting afresh, failure %d", failure)
                    .isZero();
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(nodeB.failed(sam, FIVE))
                .as("the four earlier left the window")
                .isZero();
        assertThat(failuresStored(sam)).isEqualTo(1);
    }

    @Test
    void shouldPruneOnlyWhatExpired() {
        ThrottleKey old = someone();
        ThrottleKey recent = someone();
        ThrottleKey locked = someone();
        ThrottleKey lockOver = someone();
        FailureLimit one = new FailureLimit(1, Duration.ofMinutes(15), Duration.ofMinutes(15));
        FailureLimit oneLongLock = new FailureLimit(1, Duration.ofMinutes(15), Duration.ofMinutes(60));
        nodeA.failed(old, FIVE);
        nodeA.failed(lockOver, one);
        nodeA.failed(locked, oneLongLock);
        clock.advance(Duration.ofMinutes(10));
        nodeB.failed(recent, FIVE);
        nodeB.failed(old, FIVE);
        clock.advance(Duration.ofMinutes(6));

        int deleted = nodeB.prune();

        assertThat(deleted)
                .as("at least the first failure of 'old' and the key whose lock is over")
                .isGreaterThan(1);
        assertThat(keyStored(lockOver)).isFalse();
        assertThat(failuresStored(old)).as("its second failure still counts").isEqualTo(1);
        assertThat(failuresStored(recent)).isEqualTo(1);
        assertThat(keyStored(locked)).isTrue();
        assertThat(nodeA.lockedFor(locked)).isEqualTo(Duration.ofMinutes(44));

        clock.advance(Duration.ofMinutes(10));
        nodeA.prune();

        assertThat(keyStored(old)).isFalse();
        assertThat(keyStored(recent)).isFalse();
        assertThat(keyStored(locked)).as("still locked").isTrue();
    }

    /** {@code count} failures of one key at once, from many threads, every other one on the other node. */
    private List<Duration> atOnce(int count, ThrottleKey key, FailureLimit limit) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(count, THREADS));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Duration>> failures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                FailureCounts node = i % 2 == 0 ? nodeA : nodeB;
                Callable<Duration> failure = () -> {
                    start.await();
                    return node.failed(key, limit);
                };
                failures.add(threads.submit(failure));
            }
            start.countDown();
            List<Duration> locks = new ArrayList<>();
            for (Future<Duration> failure : failures) {
                locks.add(failure.get(60, TimeUnit.SECONDS));
            }
            return locks;
        } finally {
            threads.shutdownNow();
        }
    }

    private static int failuresStored(ThrottleKey key) {
        return count("select count(*) from login_failure where scope = ? and key_hash = ?", key);
    }

    private static boolean keyStored(ThrottleKey key) {
        return count("select count(*) from login_key where scope = ? and key_hash = ?", key) == 1;
    }

    private static int count(String sql, ThrottleKey key) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key.scope().column());
            select.setString(2, key.hash());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
