package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetreatTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldHearTheTraineeGoAlongWithHerRetreat() {
        assertThat(goesAlong("water it is then!")).isTrue();
        assertThat(goesAlong("Water it is, then.")).isTrue();
        assertThat(goesAlong("Okay, water it is.")).isTrue();
        assertThat(goesAlong("if you're sure!")).isTrue();
        assertThat(goesAlong("if you'd rather")).isTrue();
        assertThat(goesAlong("Fair enough")).isTrue();
        assertThat(goesAlong("I won't bother then")).isTrue();
        assertThat(goesAlong("I'll bring you a water then.")).isTrue();
        assertThat(goesAlong("I'll get you some water instead")).isTrue();
        assertThat(goesAlong("Alright, if you're happy with water I'll leave it."))
                .isTrue();
    }

    @Test
    void shouldNotHearItWhereTheTraineeHoldsToTheOffer() {
        assertThat(goesAlong("Are you sure? It's no trouble")).isFalse();
        assertThat(goesAlong("I'd rather you had what you love than settle for water"))
                .isFalse();
        assertThat(goesAlong("if it is then I'll sort it")).isFalse();
        assertThat(goesAlong("It's no trouble at all")).isFalse();
        assertThat(goesAlong("that's just how it is")).isFalse();
        assertThat(goesAlong("I'll get you some water while you wait")).isFalse();
        assertThat(goesAlong("I'll leave it with the bar and be back in five")).isFalse();
    }

    private boolean goesAlong(String clause) {
        return Retreat.goesAlong(segmenter.segment(clause).get(0));
    }
}
