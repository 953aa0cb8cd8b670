package org.extramile.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void shouldTellARefusedConnectionWrappedByThePersistenceProvider() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

        assertThat(DatabaseOutage.causes(new PersistenceException("could not prepare statement", refused)))
                .isTrue();
    }

    @Test
    void shouldTellAConnectionTheServerEndedWhileShuttingDown() {
        SQLException ended = new SQLException("FATAL: terminating connection due to administrator command", "57P01");

        assertThat(DatabaseOutage.causes(new PersistenceException("JDBC exception executing SQL", ended)))
                .isTrue();
    }

    @Test
    void shouldTellAPoolThatCouldNotAllocateAConnection() {
        SQLException pool = new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: refused");

        assertThat(DatabaseOutage.causes(new RuntimeException(pool))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLTransientConnectionException("timed out")))
                .isTrue();
    }

    @Test
    void shouldLeaveOtherDatabaseErrorsToTheUnexpectedCase() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseOutage.causes(new PersistenceException(unique))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
