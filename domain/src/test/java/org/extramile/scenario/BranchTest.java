package org.extramile.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BranchTest {

    @Test
    void shouldReadInFullAsEveryCriterionOfWhenMetInFull() {
        Branch written = new Branch(List.of("offer", "warmth"), List.of(), true, null, "delighted");

        assertThat(written.whenMetInFull()).containsExactly("offer", "warmth");
        assertThat(written.inFull()).isTrue();
        assertThat(written)
                .as("the same branch, however it was written")
                .isEqualTo(new Branch(
                        List.of("offer", "warmth"), List.of(), null, List.of("warmth", "offer"), "delighted"));
    }

    @Test
    void shouldSayInFullOnlyWhenEveryCriterionIsAskedSo() {
        Branch some = new Branch(List.of("offer", "warmth"), List.of("blame"), null, List.of("offer"), "delighted");

        assertThat(some.inFull()).isFalse();
        assertThat(some.takenWhen(Set.of("offer", "warmth"), Set.of("offer"))).isTrue();
        assertThat(some.takenWhen(Set.of("offer", "warmth"), Set.of("warmth"))).isFalse();
        assertThat(some.takenWhen(Set.of("offer", "warmth", "blame"), Set.of("offer")))
                .isFalse();
    }

    @Test
    void shouldNeedACriterionAskedInFullThoughNotAmongWhenMet() {
        Branch besides = new Branch(List.of("warmth"), List.of(), null, List.of("offer"), "delighted");

        assertThat(besides.needed()).containsExactly("warmth", "offer");
        assertThat(besides.takenWhen(Set.of("warmth", "offer"), Set.of("offer")))
                .isTrue();
        assertThat(besides.takenWhen(Set.of("warmth"), Set.of())).isFalse();
    }
}
