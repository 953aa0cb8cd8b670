package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Feedback;
import org.extramile.rubric.Level;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;
import org.extramile.scoring.text.Hedge;
import org.junit.jupiter.api.Test;

class CriterionFeedbackTest {

    private static final Criterion HANDOVER = new Criterion(
            "warm-handover",
            "Hands it over warmly",
            null,
            CriterionKind.SCORED,
            List.of("back-with-it"),
            List.of(
                    new Level("not shown", "Hands it over flatly.", 0, null),
                    new Level("partly", "Hands it over kindly, but shares nothing of how it was done.", 1, null),
                    new Level("fully", "Hands it over with warmth and tells her about meeting halfway.", 2, null)),
            null,
            new Feedback("Lovely handover.", "Make the handover a moment."),
            "Here you are! I met my colleague halfway, it was a pleasure.");

    @Test
    void shouldSayWhatTheTopLevelAsksForWhenMetOnlyInPart() {
        CriterionFeedback feedback = CriterionFeedback.of(score("partly", 1, true), HANDOVER);

        assertThat(feedback.topLevel()).isEqualTo("fully");
        assertThat(feedback.topDescriptor()).startsWith("Hands it over with warmth");
        assertThat(feedback.modelAnswer()).startsWith("Here you are!");
    }

    @Test
    void shouldDescribeTheLevelReachedRatherThanPraiseWhatOnlyTheTopLevelDoes() {
        CriterionFeedback partly = CriterionFeedback.of(score("partly", 1, true), HANDOVER);
        CriterionFeedback fully = CriterionFeedback.of(score("fully", 2, true), HANDOVER);

        assertThat(partly.levelDescriptor()).isEqualTo("Hands it over kindly, but shares nothing of how it was done.");
        assertThat(partly.feedback()).isNull();
        assertThat(fully.levelDescriptor()).isNull();
        assertThat(fully.feedback()).isEqualTo("Lovely handover.");
    }

    @Test
    void shouldQuoteTheWordsThatKeptItBelowTheTopLevel() {
        Hedge hedge = new Hedge("I might", false);
        CriterionScore partly = score("partly", 1, true);
        CriterionScore hedged = with(partly, partly.evidence(), hedge);

        assertThat(CriterionFeedback.of(hedged, HANDOVER).hedge()).isEqualTo(hedge);
        assertThat(CriterionFeedback.of(partly, HANDOVER).hedge()).isNull();
    }

    @Test
    void shouldSayNothingMoreAtTheTopLevel() {
        CriterionFeedback feedback = CriterionFeedback.of(score("fully", 2, true), HANDOVER);

        assertThat(feedback.topLevel()).isNull();
        assertThat(feedback.topDescriptor()).isNull();
        assertThat(feedback.modelAnswer()).isNull();
    }

    @Test
    void shouldShowTheModelAnswerWithoutTheTopLevelWhenMissed() {
        CriterionFeedback feedback = CriterionFeedback.of(score("not shown", 0, false), HANDOVER);

        assertThat(feedback.topLevel()).isNull();
        assertThat(feedback.modelAnswer()).startsWith("Here you are!");
        assertThat(feedback.feedback()).isEqualTo("Make the handover a moment.");
    }

    @Test
    void shouldQuoteTheAnswersWordsInTheOrderTheyWereWritten() {
        // "Here you go" matched an exemplar more weakly than "Enjoy your dinner." matched an indicator.
        String answer = "Here you go, one ice cold Diet Coke! Enjoy your dinner.";
        CriterionScore fully = score("fully", 2, true);
        CriterionScore quoted = with(
                fully,
                List.of(
                        evidence(answer, "Enjoy your dinner."),
                        evidence(answer, "Here you go, one ice cold Diet Coke!")),
                null);

        assertThat(CriterionFeedback.of(quoted, HANDOVER).quotes())
                .containsExactly("Here you go, one ice cold Diet Coke!", "Enjoy your dinner.");
    }

    /** The score with this evidence and hedge. */
    private static CriterionScore with(CriterionScore score, List<Evidence> evidence, Hedge hedge) {
        return new CriterionScore(
                score.key(),
                score.title(),
                score.kind(),
                score.level(),
                score.points(),
                score.maxPoints(),
                score.met(),
                score.confidence(),
                score.probability(),
                score.needsReview(),
                evidence,
                score.nearMisses(),
                score.reason(),
                hedge);
    }

    private static Evidence evidence(String answer, String quote) {
        int start = answer.indexOf(quote);
        return new Evidence(
                quote,
                start,
                start + quote.length(),
                "enjoy",
                EvidenceKind.INDICATOR,
                Strength.STRONG,
                null,
                false,
                false,
                null);
    }

    private static CriterionScore score(String level, int points, boolean met) {
        return Cards.at("warm-handover", org.extramile.scoring.CriterionKind.SCORED, level, points, met);
    }
}
