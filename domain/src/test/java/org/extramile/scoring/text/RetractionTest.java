package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetractionTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldTakeBackTheSentenceBeforeWithAnOpeningThatSaysSo() {
        assertThat(opening("Actually no, they never have anything.")).isTrue();
        assertThat(opening("Just kidding, we can't leave.")).isTrue();
        assertThat(opening("Ha, I wish.")).isTrue();
        assertThat(opening("Scratch that.")).isTrue();
    }

    @Test
    void shouldLeaveAnOpeningThatGoesOnWithTheOffer() {
        assertThat(opening("Actually, I can run over now.")).isFalse();
        assertThat(opening("I wish I could stay and chat, but your drink's next."))
                .isFalse();
        assertThat(opening("No, no, let me get it for you.")).isFalse();
    }

    private boolean opening(String sentence) {
        return Retraction.retracts(segmenter.segment(sentence).get(0));
    }
}
