package it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The PostgreSQL database the deployment runs on, made anew for each deployment so that no test
 * class sees another's data. Its URL comes from EXTRAMILE_TEST_DB_URL (default: a database on
 * 127.0.0.1:5432), one database per test JVM.
 */
public final class TestDatabase {

    private TestDatabase() {}

    /**
     * This test JVM's database: the configured URL with the fork's number after the database's name
     * ({@code extramile_it_1}, {@code extramile_it_2}), so that the classes two JVMs run at once never share one.
     */
    public static String url() {
        String configured = System.getProperty("extramile.test.db.url");
        String suffix = System.getProperty("extramile.test.db.suffix", "");
        int query = configured.indexOf('?');
        int end = query < 0 ? configured.length() : query;
        return configured.substring(0, end) + suffix + configured.substring(end);
    }

    public static String user() {
        return System.getProperty("extramile.test.db.user");
    }

    public static String password() {
        return System.getProperty("extramile.test.db.password");
    }

    /** Drops and creates the database named in the URL, connected to the server's maintenance database. */
    public static void recreate() {
        URI uri = URI.create(url().substring("jdbc:".length()));
        String name = uri.getPath().substring(1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("The test database's name must be a plain identifier: " + name);
        }
        String maintenance = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot recreate the test database " + name + " at " + maintenance
                            + ": is PostgreSQL running? Set EXTRAMILE_TEST_DB_URL to point at one.",
                    e);
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /**
     * A connection whose open transaction holds the first turn of the attempt locked, as a trainer's review would for a
     * moment: what writes that turn waits until the connection closes (which rolls back).
     */
    public static Connection holdingTheFirstTurnOf(String attempt) throws SQLException {
        Connection holder = connect();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(
                "select id from turn where attempt_id = ?::uuid order by number limit 1 for update")) {
            lock.setString(1, attempt);
            lock.executeQuery().close();
        }
        return holder;
    }

    /** The number a query of one row and one column answers, its parameters bound in order. */
    public static long number(String sql, Object... parameters) throws SQLException {
        return ((Number) value(sql, parameters)).longValue();
    }

    /** Waits up to ten seconds for a count query to answer {@code expected}: for work done after the answer. */
    public static void awaitNumber(long expected, String sql, Object... parameters)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long found;
        while ((found = number(sql, parameters)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (found != expected) {
            throw new AssertionError(found + ", not " + expected + ", after ten seconds: " + sql);
        }
    }

    /** The text (or null) a query of one row and one column answers, its parameters bound in order. */
    public static String text(String sql, Object... parameters) throws SQLException {
        return (String) value(sql, parameters);
    }

    /** Runs a statement that must change exactly one row, its parameters bound in order. */
    public static void updateOne(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement update = prepare(connection, sql, parameters)) {
            int changed = update.executeUpdate();
            if (changed != 1) {
                throw new AssertionError(changed + " rows changed, not 1, by " + sql);
            }
        }
    }

    private static Object value(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new AssertionError("No row for " + sql);
            }
            return row.getObject(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
