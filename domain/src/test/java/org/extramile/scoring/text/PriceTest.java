package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void shouldReadSumsWithASignOrCents() {
        assertThat(Price.named("The big jar is $18.99, or take it for 6.99")).containsExactly("18.99", "6.99");
        assertThat(Price.named("I can do it for £12 today")).containsExactly("12.00");
        assertThat(Price.named("knock it down to € 9,50")).containsExactly("9.50");
    }

    @Test
    void shouldNotTakeCountsOrSizesForSums() {
        assertThat(Price.named("I've ordered it 3 times; the 28 oz jar lasts 2 months"))
                .isEmpty();
        assertThat(Price.named("Back in 10, version 1.2.3")).isEmpty();
    }
}
