package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words a rubric names for a level earn at least that level, as the trainer's descriptor says. */
class LevelWordsTest {

    private static final Scorer SCORER = new Scorer();

    /** The free-upgrade story's letdown: "a bare 'sorry'" is partly, a warm and specific acknowledgement fully. */
    private static final ScoringRubric LETDOWN = new ScoringRubric(
            "fixture-letdown@1",
            List.of(new CriterionSpec(
                    "share-the-letdown",
                    "Shares the letdown",
                    CriterionKind.SCORED,
                    List.of("shelf"),
                    List.of(
                            new LevelSpec("not shown", 0),
                            new LevelSpec("partly", 1, List.of("sorry")),
                            new LevelSpec("fully", 2)),
                    List.of("came back for it", "what a letdown"),
                    List.of(),
                    List.of(
                            "Oh no, and you came back specially for it, what a letdown.",
                            "I know you use it every day, and you came back for it, that's so disappointing."),
                    List.of("We apologise for any inconvenience."))));

    @Test
    void shouldGiveABareSorryTheLevelThatNamesIt() {
        CriterionScore score = letdown("Oh, I'm sorry.");

        assertThat(score.level()).isEqualTo("partly");
        assertThat(score.met()).isTrue();
        assertThat(score.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("Oh, I'm sorry.");
            assertThat(e.phrase()).isEqualTo("sorry");
            assertThat(e.matched()).isEqualTo("indicator 'sorry' of level 'partly'");
        });
        assertThat(score.reason()).startsWith("met at 'partly': 'Oh, I'm sorry.' matched indicator 'sorry'");
    }

    @Test
    void shouldNotCountALevelsWordsUnderANegator() {
        CriterionScore score = letdown("I'm not sorry, you should have come earlier.");

        assertThat(score.met()).isFalse();
        assertThat(score.nearMisses()).anySatisfy(miss -> {
            assertThat(miss.matched()).isEqualTo("indicator 'sorry' of level 'partly'");
            assertThat(miss.dismissal()).isEqualTo(new Dismissal(Dismissal.Cause.NEGATED, "not"));
        });
    }

    @Test
    void shouldKeepAHigherLevelTheAnswerEarnedBesideALowerLevelsWords() {
        CriterionScore score = letdown("I'm so sorry, I know you came back for it and it's all gone, what a letdown.");

        assertThat(score.level()).isEqualTo("fully");
        assertThat(score.evidence())
                .anySatisfy(e -> assertThat(e.matched()).startsWith("indicator 'came back for it'"));
    }

    @Test
    void shouldMatchALevelsWordsWithTheirSmallWord() {
        ScoringRubric usual = new ScoringRubric(
                "fixture-usual@1",
                List.of(new CriterionSpec(
                        "knows-her-usual",
                        "Knows her usual",
                        CriterionKind.SCORED,
                        List.of("counter"),
                        List.of(
                                new LevelSpec("not shown", 0),
                                new LevelSpec("partly", 1, List.of("the usual")),
                                new LevelSpec("fully", 2)),
                        List.of("oat flat white"),
                        List.of(),
                        List.of(),
                        List.of())));

        CriterionScore says =
                SCORER.score(usual, "counter", "Morning! The usual?").criteria().get(0);
        CriterionScore asks = SCORER.score(usual, "counter", "Morning! What was your usual again?")
                .criteria()
                .get(0);

        assertThat(says.level()).isEqualTo("partly");
        assertThat(asks.met()).as(asks.reason()).isFalse();
    }

    private static CriterionScore letdown(String answer) {
        return SCORER.score(LETDOWN, "shelf", answer).criteria().get(0);
    }
}
