package org.extramile.shared.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * After a few runs PostgreSQL plans a prepared statement once for any value, and such a plan cannot use a trigram index
 * for LIKE '%word%' (the pattern is unknown when planning): it reads every row. A transaction that searches for words
 * asks for each statement to be planned for its own values.
 */
public final class PatternPlans {

    private PatternPlans() {}

    /** For the current transaction, on PostgreSQL: plans made for each statement's own values. */
    public static void forThisTransaction(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local plan_cache_mode = force_custom_plan");
                }
            }
        });
    }
}
