package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @ParameterizedTest
    @ValueSource(strings = {"What was your usual again?", "Remind me, what's your usual?", "Which one do you have?"})
    void shouldHearAQuestionThatAsksForSomething(String clause) {
        Segment segment = segmenter.segment(clause).get(0);

        assertThat(Question.asking(segment, segment.tokens().size()))
                .hasValueSatisfying(word -> assertThat(word.term()).isIn("what", "which"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What if I ring our Market Street branch for you?",
                "What about a fresh one on the house?",
                "Large oat flat white and a cinnamon bun, is it?",
                "Shall I ring them for you?",
                "I know what you mean, I'll sort it."
            })
    void shouldNotHearAskingInAnOfferAConfirmationOrAStatement(String clause) {
        Segment segment = segmenter.segment(clause).get(0);

        assertThat(Question.asking(segment, segment.tokens().size())).isEmpty();
    }

    @Test
    void shouldOnlyCountTheQuestionWordBeforeTheWordsAskedFor() {
        Segment segment =
                segmenter.segment("Your usual, or what would you like?").get(0);

        assertThat(Question.asking(segment, 2)).isEmpty();
    }

    @Test
    void shouldKnowARubricPhraseThatIsItselfAQuestion() {
        assertThat(Question.asks("what went wrong")).isTrue();
        assertThat(Question.asks("your usual")).isFalse();
    }
}
