package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.attempt.Cards.at;
import static org.extramile.attempt.Cards.card;
import static org.extramile.attempt.Cards.met;
import static org.extramile.attempt.Cards.missed;
import static org.extramile.scenario.Scripts.step;
import static org.extramile.scenario.Scripts.when;

import java.util.List;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Route;
import org.extramile.scenario.Step;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.ScoreCard;
import org.junit.jupiter.api.Test;

/** Where an answer leads: the script's branches read the criteria its card met. */
class AnswerRouteTest {

    private final Step opening = step("opening", "recovery", when("offer", "delighted"));

    @Test
    void shouldTakeTheBranchOfACriterionTheAnswerMet() {
        Route route = route(opening, card("opening", 4, 4, met("offer", CriterionKind.CRITICAL)));

        assertThat(route.next()).isEqualTo("delighted");
        assertThat(route.branch().whenMet()).containsExactly("offer");
    }

    @Test
    void shouldFallBackToTheDefaultStepWhenTheAnswerMissedIt() {
        Route route = route(opening, card("opening", 0, 4, missed("offer", CriterionKind.CRITICAL)));

        assertThat(route.next()).isEqualTo("recovery");
        assertThat(route.branch()).isNull();
    }

    @Test
    void shouldNeverBranchOnAPenaltyShown() {
        Step onPenalty = step("opening", null, when("deflects", "angry"));

        assertThat(route(onPenalty, card("opening", 0, 4, met("deflects", CriterionKind.PENALTY))))
                .isEqualTo(new Route(null, null));
    }

    @Test
    void shouldTakeABranchInFullOnlyForACriterionMetAtItsTopLevel() {
        Step inFull = step("opening", "recovery", new Branch(List.of("offer"), List.of(), true, null, "delighted"));

        assertThat(route(inFull, card("opening", 2, 2, met("offer", CriterionKind.CRITICAL)))
                        .next())
                .isEqualTo("delighted");
        assertThat(route(inFull, card("opening", 1, 2, at("offer", CriterionKind.CRITICAL, "partly", 1, true)))
                        .next())
                .as("'you could ring them' is met in part: the customer has not heard the call offered")
                .isEqualTo("recovery");
        assertThat(route(opening, card("opening", 1, 2, at("offer", CriterionKind.CRITICAL, "partly", 1, true)))
                        .next())
                .as("a branch not in full takes any level met")
                .isEqualTo("delighted");
    }

    /** "They've got it!" needs the call offered in full; the kind word beside it may be met in part. */
    @Test
    void shouldAskInFullOnlyTheCriteriaTheBranchNamesSo() {
        Step someInFull = step(
                "opening",
                "recovery",
                new Branch(List.of("offer", "warmth"), List.of(), null, List.of("offer"), "delighted"));
        ScoreCard warmInPart = card(
                "opening",
                3,
                4,
                at("offer", CriterionKind.CRITICAL, "fully", 2, true),
                at("warmth", CriterionKind.SCORED, "partly", 1, true));
        ScoreCard offerInPart = card(
                "opening",
                3,
                4,
                at("offer", CriterionKind.CRITICAL, "partly", 1, true),
                at("warmth", CriterionKind.SCORED, "fully", 2, true));

        assertThat(someInFull.branches().get(0).inFull())
                .as("not every criterion is asked in full")
                .isFalse();
        assertThat(route(someInFull, warmInPart).next()).isEqualTo("delighted");
        assertThat(route(someInFull, offerInPart).next()).isEqualTo("recovery");
    }

    @Test
    void shouldEndTheRolePlayAtAStepWithNoWayOn() {
        assertThat(route(step("closing", null), card("closing", 2, 2, met("send-off", CriterionKind.SCORED)))
                        .next())
                .isNull();
    }

    private static Route route(Step step, ScoreCard card) {
        return step.route(card.metCriteria(), card.criteriaMetInFull());
    }
}
