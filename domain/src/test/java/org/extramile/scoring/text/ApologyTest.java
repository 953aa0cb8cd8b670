package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApologyTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sorry, that was the other barista, not me.|not me.",
                "Sorry about that, it wasn't me who made it though.|it wasn't me who made it though.",
                "Sorry, but you must have picked up the wrong cup.|but you must have picked up the wrong cup.",
                "I do apologise, the morning lot didn't put the order in.|the morning lot didn't put the order in.",
                "Sorry about that the new guy keeps mixing up names.|Sorry about that the new guy keeps mixing up names."
            })
    void shouldFindTheBlameThatTakesAnApologyBack(String answer, String blame) {
        assertThat(blameBesideTheApology(answer)).map(Segment::text).contains(blame);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sorry, it's resort policy.",
                "Sorry, that's my mistake, not yours.",
                "I'm afraid that was the other barista, not me.",
                "Sorry. It wasn't me who made it."
            })
    void shouldLeaveAnApologyWithoutBlameBesideItAlone(String answer) {
        assertThat(blameBesideTheApology(answer)).isEmpty();
    }

    @Test
    void shouldHearRegretAsKindlyPut() {
        List<Segment> clauses = segmenter.segment("Unfortunately we're out. Sorry. I'm afraid so. We're out.");

        assertThat(clauses).filteredOn(Apology::regrets).hasSize(3);
    }

    /** The first clause of the answer, which says sorry. */
    private Optional<Segment> blameBesideTheApology(String answer) {
        return Apology.blameBeside(segmenter.segment(answer), 0);
    }
}
