package org.extramile.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shutdown's bookkeeping: notice, then refusal of new requests, and a wait that ends with the last one. */
class DrainTest {

    private final Drain drain = new Drain();

    @Test
    void shouldServeDuringTheNoticeAndRefuseOnlyOnceDraining() {
        drain.giveNotice();
        boolean duringNotice = drain.enter();
        drain.stopTaking();
        boolean whileDraining = drain.enter();

        assertThat(duringNotice).isTrue();
        assertThat(whileDraining).isFalse();
        assertThat(drain.inFlight()).isEqualTo(1);
        assertThat(drain.phase()).isEqualTo(Drain.Phase.DRAINING);
    }

    @Test
    void shouldWaitForTheRequestsInFlightAndNoLonger() throws Exception {
        drain.enter();
        drain.enter();
        drain.stopTaking();
        CompletableFuture<Boolean> idle = CompletableFuture.supplyAsync(() -> {
            try {
                return drain.awaitIdle(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        drain.leave();
        Thread.sleep(100);
        boolean doneWithOneLeft = idle.isDone();
        drain.leave();

        assertThat(doneWithOneLeft).isFalse();
        assertThat(idle.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldGiveUpWaitingAtTheTimeout() throws Exception {
        drain.enter();

        boolean idle = drain.awaitIdle(Duration.ofMillis(200));

        assertThat(idle).isFalse();
        assertThat(drain.inFlight()).isEqualTo(1);
    }

    @Test
    void shouldBeReadyUntilTheNotice() {
        Drain.Phase before = drain.phase();

        drain.giveNotice();

        assertThat(before).isEqualTo(Drain.Phase.SERVING);
        assertThat(drain.phase()).isEqualTo(Drain.Phase.NOTICE);
    }
}
