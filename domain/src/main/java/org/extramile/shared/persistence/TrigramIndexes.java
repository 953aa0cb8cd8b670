package org.extramile.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that adds trigram indexes, which searches for words anywhere in a text (LIKE '%word%') need to read
 * less than every row. PostgreSQL only, and only where the database lets the application add the pg_trgm extension (it
 * is trusted since PostgreSQL 13: the database's owner may): elsewhere the searches work as before, and the log says
 * what a database administrator can run.
 */
abstract class TrigramIndexes implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(TrigramIndexes.class.getName());

    private final int version;
    private final String description;
    private final String without;
    private final List<String> indexes;

    /** {@code without}: what reads every row when the database refuses the extension. */
    TrigramIndexes(int version, String description, String without, List<String> indexes) {
        this.version = version;
        this.description = description;
        this.without = without;
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
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
            for (String index : indexes) {
                statement.execute(index);
            }
            connection.releaseSavepoint(before);
        } catch (SQLException refused) {
            connection.rollback(before);
            LOG.warning(() -> without + ": the database refused the pg_trgm extension (" + refused.getMessage()
                    + "). A database administrator can add it: create extension pg_trgm; "
                    + String.join("; ", indexes) + ";");
        }
    }
}
