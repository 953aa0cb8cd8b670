package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.attempt.Cards.card;
import static org.extramile.attempt.Cards.met;
import static org.extramile.attempt.Cards.missed;
import static org.extramile.rubric.Criteria.criterion;

import java.util.List;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Rubric;
import org.junit.jupiter.api.Test;

class AttemptResultTest {

    private static final org.extramile.scoring.CriterionKind CRITICAL = org.extramile.scoring.CriterionKind.CRITICAL;
    private static final org.extramile.scoring.CriterionKind SCORED = org.extramile.scoring.CriterionKind.SCORED;

    private final Rubric rubric = new Rubric(List.of(
            criterion("offer", CriterionKind.CRITICAL, "opening", "recovery"),
            criterion("warmth", CriterionKind.SCORED, "opening"),
            criterion("send-off", CriterionKind.SCORED, "closing"),
            criterion("late-critical", CriterionKind.CRITICAL, "never-played")));

    @Test
    void shouldPassWhenTheShareReachesThePassMarkAndEveryCriticalCriterionWasMet() {
        AttemptResult result = AttemptResult.of(
                List.of(card("opening", 4, 4, met("offer", CRITICAL), met("warmth", SCORED)), card("closing", 1, 2)),
                rubric,
                0.6);

        assertThat(result.points()).isEqualTo(5);
        assertThat(result.maxPoints()).isEqualTo(6);
        assertThat(result.share()).isEqualTo(5 / 6.0);
        assertThat(result.passed()).isTrue();
        assertThat(result.failedCritical()).isEmpty();
    }

    @Test
    void shouldFailOnAMissedCriticalCriterionWhateverThePoints() {
        AttemptResult result = AttemptResult.of(
                List.of(
                        card("opening", 2, 4, missed("offer", CRITICAL), met("warmth", SCORED)),
                        card("recovery", 0, 2, missed("offer", CRITICAL))),
                rubric,
                0.1);

        assertThat(result.passed()).isFalse();
        assertThat(result.failedCritical()).containsExactly("offer");
    }

    @Test
    void shouldCountACriticalCriterionMetOnItsRecoveryStep() {
        AttemptResult result = AttemptResult.of(
                List.of(
                        card("opening", 2, 4, missed("offer", CRITICAL), met("warmth", SCORED)),
                        card("recovery", 2, 2, met("offer", CRITICAL))),
                rubric,
                0.6);

        assertThat(result.passed()).isTrue();
        assertThat(result.failedCritical()).isEmpty();
    }

    @Test
    void shouldFailBelowThePassMark() {
        AttemptResult result = AttemptResult.of(
                List.of(card("opening", 2, 4, met("offer", CRITICAL)), card("closing", 0, 2)), rubric, 0.6);

        assertThat(result.share()).isEqualTo(2 / 6.0);
        assertThat(result.passed()).isFalse();
        assertThat(result.failedCritical()).isEmpty();
    }

    @Test
    void shouldScoreNothingAsZeroWithoutDividingByZero() {
        AttemptResult result = AttemptResult.of(List.of(card("closing", 0, 0)), rubric, 0.6);

        assertThat(result.share()).isZero();
        assertThat(result.passed()).isFalse();
    }
}
