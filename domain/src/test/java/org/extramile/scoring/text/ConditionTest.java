package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldHearAConditionPutOnTheCustomer() {
        assertThat(imposed("If you still have your receipt I can sort you out another one."))
                .isTrue();
        assertThat(imposed("I can make another one if you pay again")).isTrue();
        assertThat(imposed("just pop your name on the list again")).isTrue();
        assertThat(imposed("you'll have to wait your turn")).isTrue();
        assertThat(imposed("Yes, just join the queue again")).isTrue();
        assertThat(imposed("you'll need to get back in line")).isTrue();
        assertThat(imposed("Sorry, you'll need to pay for a new one")).isTrue();
        assertThat(imposed("Can I see your receipt?")).isTrue();
        assertThat(imposed("you'll have to wait like everyone else")).isTrue();
    }

    @Test
    void shouldNotHearItWhereTheCustomerIsSparedIt() {
        assertThat(imposed("no need to pay again")).isFalse();
        assertThat(imposed("you won't have to queue, I'm making it now")).isFalse();
        assertThat(imposed("Yes, it'll go in the queue with the others")).isFalse();
        assertThat(imposed("I'll put it at the front of the line")).isFalse();
        assertThat(imposed("No need for your receipt, I'll make it now")).isFalse();
    }

    private boolean imposed(String clause) {
        return Condition.imposed(segmenter.segment(clause).get(0));
    }
}
