package org.extramile.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void shouldRankItsItemsFromOneAndSayWhetherPagesLieEitherSide() {
        Page<String> second = new Page<>(Collections.nCopies(20, "item"), 1, 20, 45);
        assertThat(second.from()).isEqualTo(21);
        assertThat(second.to()).isEqualTo(40);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.pageCount()).isEqualTo(3);

        Page<String> last = new Page<>(Collections.nCopies(5, "item"), 2, 20, 45);
        assertThat(last.to()).isEqualTo(45);
        assertThat(last.hasNext()).isFalse();

        Page<String> first = new Page<>(List.of("only"), 0, 20, 1);
        assertThat(first.from()).isEqualTo(1);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isFalse();
    }

    @Test
    void shouldSayNothingLiesAfterAPagePastTheEnd() {
        Page<String> beyond = new Page<>(List.of(), 9, 20, 45);
        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.hasPrevious()).isTrue();
    }
}
