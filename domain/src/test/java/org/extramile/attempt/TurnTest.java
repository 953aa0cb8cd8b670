package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.extramile.scoring.CriterionKind;
import org.junit.jupiter.api.Test;

class TurnTest {

    private static final Instant NOW = Instant.parse("2026-12-04T23:00:00Z");

    private final Turn turn = new Turn(
            UUID.randomUUID(),
            0,
            "wrong-drink",
            "That's on me, sorry.",
            Cards.card("wrong-drink", 2, 2, Cards.met("own-the-mistake", CriterionKind.SCORED)),
            1L,
            null,
            null,
            NOW);

    @Test
    void shouldWaitForATrainerOnceTheTraineeAsksAgain() {
        assertThat(turn.underReview()).isFalse();

        turn.reviewRequested("I owned it.", NOW);

        assertThat(turn.underReview()).isTrue();
        assertThat(turn.reviewRequest()).contains(new ReviewRequest("I owned it.", NOW));
    }

    /** A rescore with a newer rubric version answers the scorer's doubts, not the trainee's question. */
    @Test
    void shouldKeepWaitingForATrainerWhenRescoredConfidently() {
        turn.reviewRequested("I owned it.", NOW);

        turn.rescored(Cards.card("wrong-drink", 2, 2, Cards.met("own-the-mistake", CriterionKind.SCORED)), 2L);

        assertThat(turn.underReview()).isTrue();
    }

    @Test
    void shouldLeaveTheQueueOnceATrainerJudgedTheRequestAndStayOutWhenRescored() {
        turn.reviewRequested("I owned it.", NOW);
        turn.overridden(Cards.card("wrong-drink", 2, 2, Cards.met("own-the-mistake", CriterionKind.SCORED)));

        turn.rescored(Cards.card("wrong-drink", 2, 2, Cards.met("own-the-mistake", CriterionKind.SCORED)), 2L);

        assertThat(turn.underReview()).isFalse();
        assertThat(turn.reviewRequest()).isPresent();
    }
}
