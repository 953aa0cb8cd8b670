package org.extramile.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import org.extramile.certification.VerificationThrottle;
import org.extramile.throttle.FailureCounts;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

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

    @Test
    void shouldTellAVerificationThrottleThatCannotReachItsCounts() {
        PGSimpleDataSource nothingListens = new PGSimpleDataSource();
        nothingListens.setURL("jdbc:postgresql://127.0.0.1:1/extramile");
        VerificationThrottle throttle =
                new VerificationThrottle(new FailureCounts(nothingListens, Clock.systemUTC()), 20);

        Throwable reading = catchThrowable(() -> throttle.wait("192.0.2.7"));
        Throwable counting = catchThrowable(() -> throttle.missed("192.0.2.7"));

        assertThat(DatabaseOutage.causes(reading))
                .as("a lookup's wait: 503, not 500")
                .isTrue();
        assertThat(DatabaseOutage.causes(counting)).as("a miss counted").isTrue();
    }
}
