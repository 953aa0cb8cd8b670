package org.extramile.shared.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Rewrites many rows in SQL, read through a cursor and written in JDBC batches, behind the entity manager: a native
 * statement a row would flush the entity manager before each (quadratic in a long history), and reading every row
 * first would hold them all in memory.
 */
public final class RowRewrite {

    static final int BATCH = 500;

    /** Sets the update's parameters from the row the select is at. */
    @FunctionalInterface
    public interface Change {
        void set(ResultSet row, PreparedStatement update) throws SQLException;
    }

    private RowRewrite() {}

    /**
     * Runs {@code update} once for each row of {@code select} (whose one parameter is {@code owner}), with the
     * parameters {@code change} sets; answers how many rows. Rows the entity manager holds are not refreshed: rewrite
     * only what it has not read, or what it never writes.
     */
    public static long each(EntityManager em, String select, long owner, String update, Change change) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long rows = 0;
            try (PreparedStatement reading = connection.prepareStatement(select);
                    PreparedStatement writing = connection.prepareStatement(update)) {
                reading.setFetchSize(BATCH);
                reading.setLong(1, owner);
                try (ResultSet row = reading.executeQuery()) {
                    while (row.next()) {
                        change.set(row, writing);
                        writing.addBatch();
                        if (++rows % BATCH == 0) {
                            writing.executeBatch();
                        }
                    }
                }
                if (rows % BATCH != 0) {
                    writing.executeBatch();
                }
            }
            return rows;
        });
    }
}
