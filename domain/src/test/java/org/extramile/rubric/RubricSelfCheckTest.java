package org.extramile.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scenario.library.LibraryPack;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scoring.Scorer;
import org.extramile.shared.JsonDocuments;
import org.junit.jupiter.api.Test;

class RubricSelfCheckTest {

    private static final Scorer SCORER = new Scorer();

    @Test
    void shouldFindACounterExampleThatAnAnswerInItsWordsWouldMeet() {
        Rubric rubric = JsonDocuments.read(LibraryPack.document("buy-the-missing-drink"), ScenarioPack.class)
                .rubric();
        var findings = RubricSelfCheck.of(
                rubric, (r, step, text) -> SCORER.score(RubricScorer.port("buy-the-missing-drink@1", r), step, text));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.criterion()).isEqualTo("kind-no");
            assertThat(f.kind()).isEqualTo(RubricSelfCheck.Kind.COUNTER_EXAMPLE_MET);
            assertThat(f.text()).isEqualTo("Sorry afraid unfortunately apologize.");
            assertThat(f.reason()).contains("matched indicator 'unfortunately we'");
        });
        assertThat(findings)
                .as("an apology that a 'but' turns into blame is withdrawn")
                .noneMatch(f -> f.text().equals("Sorry, but that's just how it is at this resort."));
        assertThat(findings)
                .as("the rubric's own exemplars are met")
                .noneMatch(f -> f.kind() == RubricSelfCheck.Kind.EXEMPLAR_MISSED
                        && f.criterion().equals("kind-no"));
    }
}
