package it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.extramile.shared.ClusterSingleRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two nodes of a cluster on one PostgreSQL: a job runs on one of them at a time, and a dead node lets go. */
class ClusterSingleRunIT {

    private static PGSimpleDataSource database;

    @BeforeAll
    static void connect() {
        TestDatabase.recreate();
        database = new PGSimpleDataSource();
        database.setURL(TestDatabase.url());
        database.setUser(TestDatabase.user());
        database.setPassword(TestDatabase.password());
    }

    private static ClusterSingleRun node() {
        return new ClusterSingleRun(database);
    }

    private static String job() {
        return "job-" + UUID.randomUUID();
    }

    @Test
    void shouldSkipTheJobOnANodeWhileAnotherRunsIt() {
        String job = job();
        AtomicBoolean secondRan = new AtomicBoolean();
        AtomicBoolean secondSkipped = new AtomicBoolean();

        boolean firstRan =
                node().runIfFree(job, () -> secondSkipped.set(!node().runIfFree(job, () -> secondRan.set(true))));

        assertThat(firstRan).isTrue();
        assertThat(secondSkipped).isTrue();
        assertThat(secondRan).isFalse();
    }

    @Test
    void shouldRunAnotherJobMeanwhile() {
        AtomicBoolean otherRan = new AtomicBoolean();

        node().runIfFree(job(), () -> node().runIfFree(job(), () -> otherRan.set(true)));

        assertThat(otherRan).isTrue();
    }

    @Test
    void shouldRunTheJobAgainOnceTheRunEnded() {
        String job = job();
        AtomicInteger runs = new AtomicInteger();

        node().runIfFree(job, runs::incrementAndGet);
        assertThatThrownBy(() -> node().runIfFree(job, () -> {
                    throw new IllegalStateException("the run failed");
                }))
                .hasMessage("the run failed");
        boolean ranAfterFailure = node().runIfFree(job, runs::incrementAndGet);

        assertThat(ranAfterFailure).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldFreeTheJobWhenTheNodeRunningItDies() throws Exception {
        String job = job();
        Connection dyingNode = database.getConnection();
        try (PreparedStatement lock = dyingNode.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, ClusterSingleRun.NAMESPACE);
            lock.setInt(2, job.hashCode());
            lock.execute();
        }
        AtomicInteger runs = new AtomicInteger();
        boolean ranWhileHeld = node().runIfFree(job, runs::incrementAndGet);

        dyingNode.close();
        boolean ranAfterDeath = node().runIfFree(job, runs::incrementAndGet);

        assertThat(ranWhileHeld).isFalse();
        assertThat(ranAfterDeath).isTrue();
        assertThat(runs).hasValue(1);
    }
}
