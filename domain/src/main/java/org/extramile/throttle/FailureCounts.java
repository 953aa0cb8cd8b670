package org.extramile.throttle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Failures per key (failed logins, lookups of serials that do not exist), counted over a sliding window in the database
 * that every node shares (tables {@code login_key} and {@code login_failure}, migrations V9 and V11, named for their
 * first use): the failure that reaches the limit locks the key for the lockout, on every node at once.
 *
 * <p>Concurrency: a failure is counted in one transaction holding the key's row lock ({@code select ... for update}),
 * so nodes counting the same key take turns: each sees the failures committed before it, none is lost, and only the
 * one whose failure reaches the limit sets the lock. Plain row locks and standard SQL, so PostgreSQL and the embedded
 * H2 behave alike; an upsert has no syntax both accept, and atomic counter updates cannot keep a sliding window. A
 * key's first failure, racing on two nodes, makes one insert fail on the primary key: that node rolls back and counts
 * again under the row the other created.
 *
 * <p>Rows do not pile up: a count deletes its key's failures that left the window, a success deletes its key, and
 * {@link #prune()} (run by {@link ForgetFailuresJob}) deletes what nobody touched again.
 *
 * <p>Plain JDBC on the application's data source, outside any JTA transaction: each call commits before it returns,
 * so the other nodes see it at once. A database that cannot be reached surfaces as an unchecked exception caused by
 * the driver's {@link SQLException}.
 */
@ApplicationScoped
public class FailureCounts {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Only a racing first insert is retried; the second try finds the other node's row. */
    private static final int TRIES = 3;

    @Resource(lookup = "java:app/jdbc/extramile")
    DataSource dataSource;

    @Inject
    Clock clock;

    FailureCounts() {}

    public FailureCounts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** How long the longest locked of these keys stays locked; zero when none is locked. */
    public Duration lockedFor(ThrottleKey... keys) {
        List<String> either = Collections.nCopies(keys.length, "(scope = ? and key_hash = ?)");
        List<Object> parameters = new ArrayList<>();
        for (ThrottleKey key : keys) {
            parameters.add(key.scope().column());
            parameters.add(key.hash());
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepare(
                        connection,
                        "select max(locked_until) from login_key where " + String.join(" or ", either),
                        parameters.toArray());
                ResultSet row = select.executeQuery()) {
            OffsetDateTime until = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
            return until == null || !now.isBefore(until.toInstant())
                    ? Duration.ZERO
                    : Duration.between(now, until.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the throttle locks", e);
        }
    }

    /**
     * Counts a failure of the key; the lock it starts when it reaches the limit, zero otherwise. A failure while the
     * key is locked neither counts nor extends the lock.
     */
    public Duration failed(ThrottleKey key, FailureLimit limit) {
        for (int tries = 1; ; tries++) {
            try {
                return inTransaction(connection -> count(connection, key, limit, clock.instant()));
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || tries == TRIES) {
                    throw new IllegalStateException("Cannot count a failure", e);
                }
            }
        }
    }

    /** Forgets the key's failures, e.g. after a successful login; a lock set meanwhile by another node stands. */
    public void succeeded(ThrottleKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = prepare(
                        connection,
                        "delete from login_key where scope = ? and key_hash = ?"
                                + " and (locked_until is null or locked_until <= ?)",
                        key.scope().column(),
                        key.hash(),
                        clock.instant())) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the failures of a key", e);
        }
    }

    /**
     * Deletes the failures that left their window and the keys with nothing left to remember (no failure in the
     * window, no lock); the number of rows deleted.
     */
    public int prune() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement failures =
                        prepare(connection, "delete from login_failure where counts_until <= ?", now);
                // A key is kept while a count holds its row: the count moves kept_until on before it commits.
                PreparedStatement keys = prepare(connection, "delete from login_key where kept_until <= ?", now)) {
            return failures.executeUpdate() + keys.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the expired failures", e);
        }
    }

    private static Duration count(Connection connection, ThrottleKey key, FailureLimit limit, Instant now)
            throws SQLException {
        String scope = key.scope().column();
        try (PreparedStatement select = prepare(
                        connection,
                        "select locked_until from login_key where scope = ? and key_hash = ? for update",
                        scope,
                        key.hash());
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                // The new row is locked by this transaction until it commits, like a selected one.
                update(
                        connection,
                        "insert into login_key (scope, key_hash, kept_until) values (?, ?, ?)",
                        scope,
                        key.hash(),
                        now.plus(limit.window()));
            } else {
                OffsetDateTime lockedUntil = row.getObject(1, OffsetDateTime.class);
                if (lockedUntil != null && now.isBefore(lockedUntil.toInstant())) {
                    return Duration.ZERO;
                }
            }
        }
        update(
                connection,
                "delete from login_failure where scope = ? and key_hash = ? and counts_until <= ?",
                scope,
                key.hash(),
                now);
        long earlier;
        try (PreparedStatement select = prepare(
                        connection,
                        "select count(*) from login_failure where scope = ? and key_hash = ?",
                        scope,
                        key.hash());
                ResultSet row = select.executeQuery()) {
            row.next();
            earlier = row.getLong(1);
        }
        if (earlier + 1 >= limit.failures()) {
            update(connection, "delete from login_failure where scope = ? and key_hash = ?", scope, key.hash());
            Instant until = now.plus(limit.lockout());
            update(
                    connection,
                    "update login_key set locked_until = ?, kept_until = ? where scope = ? and key_hash = ?",
                    until,
                    until,
                    scope,
                    key.hash());
            return limit.lockout();
        }
        Instant forgotten = now.plus(limit.window());
        update(
                connection,
                "insert into login_failure (scope, key_hash, counts_until) values (?, ?, ?)",
                scope,
                key.hash(),
                forgotten);
        update(
                connection,
                "update login_key set kept_until = ? where scope = ? and key_hash = ?",
                forgotten,
                scope,
                key.hash());
        return Duration.ZERO;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                connection.setAutoCommit(true);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                    // The pool hands the connection to the next caller as it gets it back.
                    connection.setAutoCommit(true);
                } catch (SQLException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    /** Instants go in as UTC offsets, which both drivers map to {@code timestamp with time zone}. */
    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
