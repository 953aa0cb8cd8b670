package org.extramile.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * On the embedded database there is one node: the work runs unless the same job runs in this JVM. The PostgreSQL side
 * is ClusterSingleRunIT's.
 */
class ClusterSingleRunTest {

    @Test
    void shouldRunTheWorkOnTheEmbeddedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:single-run");
        AtomicInteger runs = new AtomicInteger();

        boolean ran = new ClusterSingleRun(h2).runIfFree("expiry-notices", runs::incrementAndGet);

        assertThat(ran).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldSkipAJobThatRunsAlreadyInThisJvmButRunOthersAndRunItAgainOnceEnded() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:single-run");
        ClusterSingleRun cluster = new ClusterSingleRun(h2);
        AtomicBoolean nestedSame = new AtomicBoolean(true);
        AtomicBoolean nestedOther = new AtomicBoolean();
        AtomicBoolean held = new AtomicBoolean();

        boolean ran = cluster.runIfFree("calibration", () -> {
            nestedSame.set(cluster.runIfFree("calibration", () -> {}));
            nestedOther.set(cluster.runIfFree("expiry-notices", () -> {}));
            held.set(cluster.isHeld("calibration"));
        });

        assertThat(ran).isTrue();
        assertThat(nestedSame).as("the same job, while it runs").isFalse();
        assertThat(nestedOther).as("another job meanwhile").isTrue();
        assertThat(held).as("held while it runs").isTrue();
        assertThat(cluster.isHeld("calibration")).as("held once it ended").isFalse();
        assertThat(cluster.runIfFree("calibration", () -> {}))
                .as("once it ended")
                .isTrue();
    }
}
