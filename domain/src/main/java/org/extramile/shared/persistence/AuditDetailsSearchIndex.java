package org.extramile.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 31: a trigram index on the audit log's details, which the person filter searches for a name anywhere in
 * them (LIKE '%"name"%'): without it every entry of the period is read (2 million entries: 1.5 s a page; with it:
 * 35 ms, see docs/performance.md). PostgreSQL only, and only where the database lets the application add the pg_trgm
 * extension (it is trusted since PostgreSQL 13: the database's owner may): elsewhere the filter works as before, and
 * the log says what a database administrator can run.
 */
class AuditDetailsSearchIndex implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(AuditDetailsSearchIndex.class.getName());

    static final String INDEX =
            "create index if not exists audit_event_details_trgm on audit_event using gin (details gin_trgm_ops)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "audit details search index";
    }

    @Override
    public Integer getChecksum() {
        return 31;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute(INDEX);
            connection.releaseSavepoint(before);
        } catch (SQLException refused) {
            connection.rollback(before);
            LOG.warning(() -> "The audit log's person filter will read every entry of the period it searches: the"
                    + " database refused the pg_trgm extension (" + refused.getMessage() + "). A database"
                    + " administrator can add it: create extension pg_trgm; " + INDEX + ";");
        }
    }
}
