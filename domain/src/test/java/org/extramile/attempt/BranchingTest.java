package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.attempt.Cards.card;
import static org.extramile.attempt.Cards.met;
import static org.extramile.attempt.Cards.missed;
import static org.extramile.scenario.Scripts.step;
import static org.extramile.scenario.Scripts.when;

import org.extramile.scenario.Step;
import org.extramile.scoring.CriterionKind;
import org.junit.jupiter.api.Test;

class BranchingTest {

    private final Step opening = step("opening", "recovery", when("offer", "delighted"));

    @Test
    void shouldTakeTheBranchOfACriterionTheAnswerMet() {
        assertThat(Branching.next(opening, card("opening", 4, 4, met("offer", CriterionKind.CRITICAL))))
                .contains("delighted");
    }

    @Test
    void shouldFallBackToTheDefaultStepWhenTheAnswerMissedIt() {
        assertThat(Branching.next(opening, card("opening", 0, 4, missed("offer", CriterionKind.CRITICAL))))
                .contains("recovery");
    }

    @Test
    void shouldNeverBranchOnAPenaltyShown() {
        Step onPenalty = step("opening", null, when("deflects", "angry"));

        assertThat(Branching.next(onPenalty, card("opening", 0, 4, met("deflects", CriterionKind.PENALTY))))
                .isEmpty();
    }

    @Test
    void shouldEndTheRolePlayAtAStepWithNoWayOn() {
        assertThat(Branching.next(step("closing", null), card("closing", 2, 2, met("send-off", CriterionKind.SCORED))))
                .isEmpty();
    }
}
