package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;
import org.extramile.scoring.text.Hedge;
import org.junit.jupiter.api.Test;

class CriterionDecisionTest {

    private static final CriterionFeatures NOTHING = new CriterionFeatures(0, 0.55, 0, false, false, 0, 0, false, 0);
    private static final List<Evidence> A_CLAUSE = List.of(new Evidence(
            "I'll run to the shop",
            0,
            20,
            "indicator 'run to the shop'",
            EvidenceKind.INDICATOR,
            Strength.STRONG,
            "run to the shop",
            false,
            false,
            null));
    private static final CriterionAssessment ASSESSMENT =
            new CriterionAssessment(NOTHING, A_CLAUSE, List.of(), java.util.Optional.empty());

    @Test
    void shouldAskForReviewRatherThanDeductAPenaltyInDoubt() {
        CriterionModel sixtyPercent = model(Math.log(0.6 / 0.4));

        CriterionScore score = CriterionDecision.decide(
                spec(CriterionKind.PENALTY, 2), ASSESSMENT, sixtyPercent, ScorerSettings.defaults());

        assertThat(score.met()).isFalse();
        assertThat(score.points()).isZero();
        assertThat(score.needsReview()).isTrue();
    }

    @Test
    void shouldLetAFittedTopLevelModelDecideTheTopLevel() {
        CriterionModel likelyMet = model(2.0);

        CriterionScore middle = CriterionDecision.decide(
                spec(CriterionKind.SCORED, 3),
                ASSESSMENT,
                likelyMet.withTop(constant(-1.0)),
                ScorerSettings.defaults());
        CriterionScore top = CriterionDecision.decide(
                spec(CriterionKind.SCORED, 3), ASSESSMENT, likelyMet.withTop(constant(1.0)), ScorerSettings.defaults());

        assertThat(middle.level()).isEqualTo("level 1");
        assertThat(top.level()).isEqualTo("level 2");
    }

    @Test
    void shouldGiveAHedgedOfferTheMiddleLevelAndSaySo() {
        CriterionAssessment hedged = new CriterionAssessment(
                NOTHING,
                A_CLAUSE,
                List.of(),
                java.util.Optional.of(new Hedge("I might be able to run to the shop", false)));

        CriterionScore score =
                CriterionDecision.decide(spec(CriterionKind.SCORED, 3), hedged, model(5.0), ScorerSettings.defaults());
        CriterionScore twoLevels =
                CriterionDecision.decide(spec(CriterionKind.SCORED, 2), hedged, model(5.0), ScorerSettings.defaults());

        assertThat(score.level()).isEqualTo("level 1");
        assertThat(score.met()).isTrue();
        assertThat(score.reason())
                .endsWith("not the top level: 'I might be able to run to the shop' only holds out the hope of it");
        assertThat(twoLevels.level()).isEqualTo("level 1");
        assertThat(twoLevels.reason()).doesNotContain("hope");
    }

    @Test
    void shouldSayAnOfferLeftToTheCustomerIsNotTheTopLevel() {
        CriterionAssessment redirected = new CriterionAssessment(
                NOTHING, A_CLAUSE, List.of(), java.util.Optional.of(new Hedge("you could ring", true)));

        CriterionScore score = CriterionDecision.decide(
                spec(CriterionKind.SCORED, 3), redirected, model(5.0), ScorerSettings.defaults());

        assertThat(score.level()).isEqualTo("level 1");
        assertThat(score.reason()).endsWith("not the top level: 'you could ring' leaves it to the customer");
    }

    @Test
    void shouldNotMeetACriterionWithoutAClauseToShowForItButAskForReview() {
        CriterionAssessment nothingToQuote =
                new CriterionAssessment(NOTHING, List.of(), List.of(), java.util.Optional.empty());

        CriterionScore score = CriterionDecision.decide(
                spec(CriterionKind.SCORED, 3), nothingToQuote, model(5.0), ScorerSettings.defaults());

        assertThat(score.met()).isFalse();
        assertThat(score.points()).isZero();
        assertThat(score.needsReview()).isTrue();
        assertThat(score.reason()).startsWith("not met: no clause to show for it");
    }

    @Test
    void shouldNotPassACriticalCriterionInDoubtOnAResemblanceAlone() {
        Evidence resemblance = new Evidence(
                "that's not good enough.",
                0,
                23,
                "labelled answer 'Oh that's no good at all.'",
                EvidenceKind.LABELLED,
                Strength.LIKELY,
                "Oh that's no good at all.",
                false,
                false,
                null);
        CriterionAssessment resembling =
                new CriterionAssessment(NOTHING, List.of(resemblance), List.of(), java.util.Optional.empty());
        CriterionModel sixtyPercent = model(Math.log(0.6 / 0.4));

        CriterionScore critical = CriterionDecision.decide(
                spec(CriterionKind.CRITICAL, 2), resembling, sixtyPercent, ScorerSettings.defaults());
        CriterionScore scored = CriterionDecision.decide(
                spec(CriterionKind.SCORED, 2), resembling, sixtyPercent, ScorerSettings.defaults());
        CriterionScore sure = CriterionDecision.decide(
                spec(CriterionKind.CRITICAL, 2), resembling, model(5.0), ScorerSettings.defaults());
        CriterionScore quoted = CriterionDecision.decide(
                spec(CriterionKind.CRITICAL, 2), ASSESSMENT, sixtyPercent, ScorerSettings.defaults());

        assertThat(critical.met()).isFalse();
        assertThat(critical.needsReview()).isTrue();
        assertThat(critical.nearMisses()).extracting(NearMiss::quote).containsExactly("that's not good enough.");
        assertThat(scored.met()).isTrue();
        assertThat(sure.met()).isTrue();
        assertThat(quoted.met()).isTrue();
    }

    @Test
    void shouldNotDeductAPenaltyThatOnlyALabelledAnswerLendsButAskForReview() {
        CriterionAssessment lent = new CriterionAssessment(
                NOTHING, List.of(resemblance(Strength.LIKELY)), List.of(), java.util.Optional.empty());
        CriterionAssessment close = new CriterionAssessment(
                NOTHING, List.of(resemblance(Strength.STRONG)), List.of(), java.util.Optional.empty());
        CriterionModel sure = model(3.0);

        CriterionScore penalty =
                CriterionDecision.decide(spec(CriterionKind.PENALTY, 2), lent, sure, ScorerSettings.defaults());
        CriterionScore strong =
                CriterionDecision.decide(spec(CriterionKind.PENALTY, 2), close, sure, ScorerSettings.defaults());
        CriterionScore worded =
                CriterionDecision.decide(spec(CriterionKind.PENALTY, 2), ASSESSMENT, sure, ScorerSettings.defaults());

        assertThat(penalty.met()).isFalse();
        assertThat(penalty.points()).isZero();
        assertThat(penalty.needsReview()).isTrue();
        assertThat(strong.met()).isTrue();
        assertThat(worded.met()).isTrue();
    }

    private static Evidence resemblance(Strength strength) {
        return new Evidence(
                "I'm sorry, it sold out so fast.",
                0,
                31,
                "labelled answer 'Sorry, it's sold out.'",
                EvidenceKind.LABELLED,
                strength,
                "Sorry, it's sold out.",
                false,
                false,
                null);
    }

    private static CriterionModel model(double bias) {
        return new CriterionModel(constant(bias), CriterionModel.Source.CRITERION, 20);
    }

    /** Weights that read the bias only: the features above add nothing. */
    private static double[] constant(double bias) {
        double[] weights = new double[NOTHING.vector().length];
        weights[0] = bias;
        return weights;
    }

    private static CriterionSpec spec(CriterionKind kind, int levels) {
        List<LevelSpec> levelSpecs = java.util.stream.IntStream.range(0, levels)
                .mapToObj(i -> new LevelSpec("level " + i, i))
                .toList();
        return new CriterionSpec(
                "c", "C", kind, List.of("step"), levelSpecs, List.of(), List.of(), List.of(), List.of());
    }
}
