package org.extramile.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** On the embedded database there is one node: the work runs. The PostgreSQL side is ClusterSingleRunIT's. */
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
}
