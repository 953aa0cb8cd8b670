package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DebtTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldHearAFavourMadeIntoADebt() {
        assertThat(owed("you'll owe me one haha")).isTrue();
        assertThat(owed("I'll have to add a delivery fee to the bill")).isTrue();
        assertThat(owed("that's three fifty, plus a little something for my trouble"))
                .isTrue();
        assertThat(owed("tips are always appreciated")).isTrue();
        assertThat(owed("it took me ages to get there")).isTrue();
        assertThat(owed("what a trek that was")).isTrue();
        assertThat(owed("it was a bit of a hassle")).isTrue();
    }

    @Test
    void shouldLeaveAFavourGivenFreely() {
        assertThat(owed("It's no trouble at all")).isFalse();
        assertThat(owed("No hassle, you don't owe me anything")).isFalse();
        assertThat(owed("It's just on the bill like any other drink")).isFalse();
        assertThat(owed("Thanks for the tip about the sunset")).isFalse();
        assertThat(owed("what a pain that we're out of the small ones")).isFalse();
        assertThat(owed("what a nightmare of a week for stock")).isFalse();
        assertThat(owed("what a hassle, sorry")).isFalse();
    }

    private boolean owed(String clause) {
        return Debt.owed(segmenter.segment(clause).get(0));
    }
}
