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
        assertThat(owed("and a tip for the effort wouldn't go amiss")).isTrue();
        assertThat(owed("so call it a fiver?")).isTrue();
        assertThat(owed("two for the can, three for the walk")).isTrue();
        assertThat(owed("a good tip would be appreciated haha")).isTrue();
        assertThat(owed("Well I'll probably miss my break for it")).isTrue();
        assertThat(owed("I nearly got in trouble for that so you're welcome")).isTrue();
        assertThat(owed("the queue at that shop was ridiculous")).isTrue();
        assertThat(owed("just remember me when it comes to the tip!")).isTrue();
        assertThat(owed("I had to leave my section so maybe a bit extra?")).isTrue();
        assertThat(owed("It was a real hike in this heat")).isTrue();
        assertThat(owed("Yeah, it was a right trek")).isTrue();
        assertThat(owed("Well it was a fair walk in this heat")).isTrue();
        assertThat(owed("I'd take a tip if you're offering, haha")).isTrue();
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
        assertThat(owed("There's no need to leave a tip for it")).isFalse();
        assertThat(owed("It wasn't for the tip, honestly")).isFalse();
        assertThat(owed("I didn't miss my break, don't worry")).isFalse();
        assertThat(owed("It's on the house, plus a little extra ice for you")).isFalse();
        assertThat(owed("remember me next time you're in")).isFalse();
    }

    private boolean owed(String clause) {
        return Debt.owed(segmenter.segment(clause).get(0));
    }
}
