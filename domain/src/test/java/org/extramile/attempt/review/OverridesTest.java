package org.extramile.attempt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extramile.attempt.Cards.card;
import static org.extramile.attempt.Cards.met;
import static org.extramile.attempt.Cards.missed;
import static org.extramile.rubric.Criteria.criterion;

import java.util.List;
import java.util.Map;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Rubric;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.InvalidException;
import org.junit.jupiter.api.Test;

class OverridesTest {

    private static final org.extramile.scoring.CriterionKind CRITICAL = org.extramile.scoring.CriterionKind.CRITICAL;
    private static final org.extramile.scoring.CriterionKind PENALTY = org.extramile.scoring.CriterionKind.PENALTY;

    private final Rubric rubric = new Rubric(List.of(
            criterion("offer", CriterionKind.CRITICAL, "opening"),
            criterion("deflects", CriterionKind.PENALTY, "opening")));

    private final ScoreCard doubtful = card("opening", 0, 2, missed("offer", CRITICAL), met("deflects", PENALTY));

    @Test
    void shouldTakeThePointsOfTheLevelsSetAndPassTheStepOnceItsCriticalCriterionIsMet() {
        ScoreCard card =
                Overrides.apply(doubtful, rubric, Map.of("offer", "fully", "deflects", "not shown"), "Clear offer.");

        assertThat(card.points()).isEqualTo(2);
        assertThat(card.passed()).isTrue();
        assertThat(card.criticalFailures()).isEmpty();
        assertThat(card.needsReview()).isFalse();
        assertThat(card.criteria().get(0).confidence()).isEqualTo(1.0);
        assertThat(card.criteria().get(0).reason()).contains("Clear offer.");
    }

    @Test
    void shouldDeductAPenaltyTheTrainerConfirmsButNeverGoBelowZero() {
        ScoreCard card = Overrides.apply(doubtful, rubric, Map.of("offer", "partly", "deflects", "fully"), "Blames.");

        assertThat(card.points()).isZero();
        assertThat(card.penalties().get(0).met()).isTrue();
    }

    /** The scorer judged nothing, so the trainer neither confirms it nor changes it: their levels need no reason. */
    @Test
    void shouldTakeATrainersLevelsOnAnAnswerTheScorerCouldNotReadWithoutAReason() {
        ScoreCard unread = new ScoreCard(
                doubtful.rubricId(),
                doubtful.step(),
                0,
                2,
                false,
                doubtful.criteria(),
                doubtful.penalties(),
                List.of("offer"),
                true,
                List.of(),
                doubtful.calibration(),
                "fr");

        assertThat(Overrides.reason(unread, Map.of("offer", "fully"), null)).isEqualTo(Overrides.JUDGED_UNREAD);
        assertThat(Overrides.reason(unread, Map.of("offer", "not shown"), null))
                .as("not a confirmation: the scorer set nothing")
                .isEqualTo(Overrides.JUDGED_UNREAD);
        assertThat(Overrides.reason(unread, Map.of("offer", "fully"), "Offers it, in French."))
                .isEqualTo("Offers it, in French.");
        assertThat(Overrides.apply(unread, rubric, Map.of("offer", "fully"), Overrides.JUDGED_UNREAD)
                        .passed())
                .isTrue();
    }

    @Test
    void shouldTakeLevelsThatConfirmTheScorersWithoutAReasonButNotAChange() {
        assertThat(Overrides.reason(doubtful, Map.of("offer", "not shown", "deflects", "fully"), null))
                .isEqualTo(Overrides.CONFIRMED);
        assertThat(Overrides.reason(doubtful, Map.of("offer", "not shown"), " "))
                .as("some of the levels, each as scored")
                .isEqualTo(Overrides.CONFIRMED);
        assertThat(Overrides.reason(doubtful, Map.of("offer", "fully"), null))
                .as("a change needs the trainer's reason")
                .isNull();
        assertThat(Overrides.reason(doubtful, Map.of("offer", "not shown"), "  Right as it is. "))
                .isEqualTo("Right as it is.");
        assertThat(Overrides.reason(doubtful, Map.of(), null)).isNull();

        ScoreCard confirmed = Overrides.apply(
                doubtful,
                rubric,
                Map.of("offer", "not shown"),
                Overrides.reason(doubtful, Map.of("offer", "not shown"), null));
        assertThat(confirmed.needsReview()).isFalse();
        assertThat(confirmed.criteria().get(0).confidence()).isEqualTo(1.0);
        assertThat(confirmed.criteria().get(0).reason())
                .isEqualTo("set by a trainer: confirmed as the scorer set them");
    }

    @Test
    void shouldNameAnUnknownLevelAndAMissingReasonWithTheirPointers() {
        assertThatThrownBy(() -> Overrides.apply(doubtful, rubric, Map.of("offer", "brilliantly"), "Why not."))
                .isInstanceOf(InvalidException.class)
                .satisfies(e -> assertThat(
                                ((InvalidException) e).violations().get(0).pointer())
                        .isEqualTo("/levels/offer"))
                .hasMessageContaining("not shown");
        assertThatThrownBy(() -> Overrides.apply(doubtful, rubric, Map.of("offer", "fully"), " "))
                .isInstanceOf(InvalidException.class)
                .satisfies(e -> assertThat(
                                ((InvalidException) e).violations().get(0).pointer())
                        .isEqualTo("/reason"));
    }

    @Test
    void shouldCarryOverOnlyTheLevelsWhoseCriterionAndLevelTheNewVersionStillHas() {
        ScoreCard rescored = card("opening", 0, 2, missed("offer", CRITICAL), met("deflects", PENALTY));

        ScoreCard card = Overrides.carriedOver(
                rescored,
                rubric,
                Map.of("offer", "fully", "deflects", "brilliantly", "greets-warmly", "fully"),
                "Clear offer.");

        assertThat(card.criteria().get(0).level()).isEqualTo("fully");
        assertThat(card.penalties().get(0).met())
                .as("the new version's level stands")
                .isTrue();
        assertThat(card.notes()).contains("Levels set by a trainer: Clear offer.");
        assertThat(Overrides.carriedOver(rescored, rubric, Map.of("greets-warmly", "fully"), "Warm."))
                .as("nothing the new version has")
                .isSameAs(rescored);
    }
}
