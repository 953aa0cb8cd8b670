package it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /** Both signs of lock key: PostgreSQL shows a negative one as a large unsigned number. */
    @Test
    void shouldTellEveryNodeWhetherAJobRunsNow() {
        for (String job : List.of("rescore:free-upgrade", "rescore:mixed-up-order")) {
            AtomicBoolean heldWhileRunning = new AtomicBoolean();
            AtomicBoolean otherHeld = new AtomicBoolean(true);

            node().runIfFree(job, () -> {
                heldWhileRunning.set(node().isHeld(job));
                otherHeld.set(node().isHeld(job()));
            });

            assertThat(heldWhileRunning).as(job + " while it runs").isTrue();
            assertThat(otherHeld).as("a job nobody runs").isFalse();
            assertThat(node().isHeld(job)).as(job + " once it ended").isFalse();
        }
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

    @Test
    void shouldMakeASecondNodeWaitForWorkThatMustRunAlone() throws Exception {
        String job = job();
        CountDownLatch firstIsIn = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> node().runAlone(job, () -> {
                order.add("first in");
                firstIsIn.countDown();
                await(letFirstFinish);
                order.add("first out");
            }));
            assertThat(firstIsIn.await(30, TimeUnit.SECONDS))
                    .as("the first node runs the work: " + (first.isDone() ? failure(first) : "still waiting"))
                    .isTrue();
            Future<?> second = nodes.submit(() -> node().runAlone(job, () -> order.add("second")));
            Thread.sleep(500);
            assertThat(second).as("waits while the first runs").isNotDone();

            letFirstFinish.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(order).containsExactly("first in", "first out", "second");
    }

    private static String failure(Future<?> done) {
        try {
            done.get();
            return "it ended without running the work";
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
