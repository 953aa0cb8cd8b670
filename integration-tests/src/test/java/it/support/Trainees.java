package it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * More trainees than the demo's one, written straight into the test database with the demo
 * trainee's password hash (password {@code demo}): each test plays as its own trainee, so tests
 * sharing a deployment never see each other's attempts.
 */
public final class Trainees {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Trainees() {}

    /** A new trainee account; its username starts with {@code prefix}. */
    public static String create(String prefix) {
        String username = prefix + "-" + NEXT.incrementAndGet();
        try (Connection connection = TestDatabase.connect()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into account (id, username, display_name, password_hash, active, created_at)"
                            + " select max(id) + 1000, ?, ?, (select password_hash from account where username"
                            + " = 'trainee'), true, now() from account returning id")) {
                insert.setString(1, username);
                insert.setString(2, "Trainee " + username);
                var result = insert.executeQuery();
                result.next();
                id = result.getLong(1);
            }
            try (PreparedStatement role =
                    connection.prepareStatement("insert into account_role (account_id, role) values (?, 'TRAINEE')")) {
                role.setLong(1, id);
                role.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the trainee " + username, e);
        }
        return username;
    }
}
