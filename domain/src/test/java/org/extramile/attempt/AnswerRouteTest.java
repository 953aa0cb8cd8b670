package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.attempt.Cards.card;
import static org.extramile.attempt.Cards.met;
import static org.extramile.attempt.Cards.missed;
import static org.extramile.scenario.Scripts.step;
import static org.extramile.scenario.Scripts.when;

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
    void shouldEndTheRolePlayAtAStepWithNoWayOn() {
        assertThat(route(step("closing", null), card("closing", 2, 2, met("send-off", CriterionKind.SCORED)))
                        .next())
                .isNull();
    }

    private static Route route(Step step, ScoreCard card) {
        return step.route(card.metCriteria());
    }
}
