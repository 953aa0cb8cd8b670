package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.extramile.scoring.evidence.EvidenceKind;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final Scorer SCORER = new Scorer();
    private static final ScoringRubric DRINK = RubricFixtures.missingDrink();

    @Test
    void shouldGiveTheSameCalibrationForTheSameLabelsInAnyOrder() {
        List<LabelledAnswer> labels = labels();
        List<LabelledAnswer> shuffled = new ArrayList<>(labels);
        Collections.reverse(shuffled);

        Calibration first = SCORER.calibrate(DRINK, labels);
        Calibration second = SCORER.calibrate(DRINK, shuffled);

        assertThat(second).isEqualTo(first);
        assertThat(first.models().get("get-the-drink").source()).isEqualTo(CriterionModel.Source.CRITERION);
    }

    /** Its words would teach the models nothing about English answers; the trainer's verdict stays on its turn. */
    @Test
    void shouldLeaveAnAnswerInAnotherLanguageOutOfTheCalibration() {
        List<LabelledAnswer> labels = new ArrayList<>(labels());
        labels.add(new LabelledAnswer(
                "order",
                "Je suis désolé, il n'y a plus de Coca light. Je vais vous en chercher un au magasin.",
                Map.of("acknowledge", "fully", "get-the-drink", "fully", "deflect", "none")));

        assertThat(SCORER.calibrate(DRINK, labels)).isEqualTo(SCORER.calibrate(DRINK, labels()));
    }

    @Test
    void shouldKeepTheDefaultsUntilThereAreEnoughLabels() {
        Calibration calibration = SCORER.calibrate(DRINK, labels().subList(0, 6));

        assertThat(calibration.models()).isEmpty();
        assertThat(calibration.modelFor(DRINK.criteria().get(1)).source()).isEqualTo(CriterionModel.Source.DEFAULT);
    }

    @Test
    void shouldQuoteTheLabelledAnswerANewAnswerResembles() {
        Calibration calibration = SCORER.calibrate(DRINK, labels());

        CriterionScore get =
                criterion(calibration, "get-the-drink", "Back in five with a Diet Coke from the kiosk, promise!");
        assertThat(get.met()).isTrue();
        assertThat(get.evidence())
                .anyMatch(e -> e.kind() == EvidenceKind.LABELLED
                        && e.matched().contains("Back in five with a Diet Coke from the kiosk"));
    }

    /**
     * A labelled answer lends its level to all of its clauses; beside the words that said the criterion, its clause
     * about something else would only puzzle the trainee.
     */
    @Test
    void shouldQuoteWhatSaidTheCriterionRatherThanAnUnrelatedClauseOfALabelledAnswer() {
        Calibration calibration = calibrateWith(
                "The sunset is gorgeous from this table tonight. I'll pop out and buy one for you.",
                Map.of("acknowledge", "not shown", "get-the-drink", "fully", "deflect", "none"));

        CriterionScore get = criterion(
                calibration,
                "get-the-drink",
                "The sunset is gorgeous from this table tonight. I'll pop out and get you one.");

        assertThat(get.met()).isTrue();
        assertThat(get.evidence()).isNotEmpty().allMatch(e -> e.quote().contains("get you one"));
    }

    @Test
    void shouldNotLendALabelledAnswersVerdictToAClauseThatSaysTheOpposite() {
        Calibration calibration = calibrateWith(
                "I can't pop out and buy one for you myself, but my colleague will run to the shop now.",
                Map.of("acknowledge", "not shown", "get-the-drink", "fully", "deflect", "none"));

        CriterionScore get = criterion(calibration, "get-the-drink", "Sorry, I can't pop out and buy one for you.");

        assertThat(get.met()).isFalse();
        assertThat(get.evidence()).noneMatch(e -> e.kind() == EvidenceKind.LABELLED);
        assertThat(get.nearMisses()).extracting(NearMiss::reason).contains("ignored: negated by 'can't'");
    }

    @Test
    void shouldNotMeetACriterionTheAnswerRefusesForResemblingAnswersThatMetIt() {
        Calibration calibration = calibrateWith(
                "Oh dear, the bar has run dry of it today. I'll run to the shop and buy one for you.",
                Map.of("acknowledge", "partly", "get-the-drink", "fully", "deflect", "none"));

        CriterionScore get = criterion(
                calibration,
                "get-the-drink",
                "Oh dear, the bar has run dry of it today. I can't pop out and buy one for you.");

        assertThat(get.met()).isFalse();
        assertThat(get.evidence()).isEmpty();
    }

    @Test
    void shouldLearnFromTrainersThatTheTopLevelGoesToFullerAnswers() {
        Calibration calibration = SCORER.calibrate(DRINK, apologies());
        CriterionModel acknowledge = calibration.models().get("acknowledge");

        assertThat(acknowledge.top()).hasSize(acknowledge.weights().length + 1);
        assertThat(acknowledge.top()[acknowledge.weights().length])
                .as("weight of the answer's fullness")
                .isPositive();
        assertThat(level(calibration, "Sorry, we don't have it.")).isEqualTo("partly");
        assertThat(level(
                        calibration,
                        "Sorry, we don't have it, and I know a cold Diet Coke is exactly what you wanted with that "
                                + "burger on a hot afternoon by the pool."))
                .isEqualTo("fully");
    }

    private static String level(Calibration calibration, String answer) {
        return criterion(calibration, "acknowledge", answer).level();
    }

    private static CriterionScore criterion(Calibration calibration, String key, String answer) {
        return SCORER.score(DRINK, calibration, "order", answer).criteria().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The usual labels and one more answer, labelled twice as two trainers would. */
    private static Calibration calibrateWith(String answer, Map<String, String> levels) {
        List<LabelledAnswer> labels = new ArrayList<>(labels());
        labels.add(new LabelledAnswer("order", answer, levels));
        labels.add(new LabelledAnswer("order", answer + " ", levels));
        return SCORER.calibrate(DRINK, labels);
    }

    /** Curt apologies a trainer calls partly met, apologies that show they understand the letdown, and none. */
    private static List<LabelledAnswer> apologies() {
        Map<String, List<String>> byLevel = Map.of(
                "partly",
                List.of("Sorry, none.", "Apologies, no Coke.", "Sorry about that.", "Ah, sorry, we're out."),
                "fully",
                List.of(
                        "Sorry, I know you were looking forward to a Diet Coke with your lunch after the beach.",
                        "Apologies, that's a letdown when you've got your heart set on a cold Diet Coke today.",
                        "Sorry about that, a Diet Coke is what goes with a burger and I can see you really fancied it.",
                        "Ah, sorry, that's disappointing, you came all the way up from the pool just for a Diet Coke."),
                "not shown",
                List.of("Pepsi then?", "We've got Pepsi.", "Next.", "What else would you like?"));
        List<LabelledAnswer> labels = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (Map.Entry<String, List<String>> level : new java.util.TreeMap<>(byLevel).entrySet()) {
                for (String text : level.getValue()) {
                    labels.add(new LabelledAnswer(
                            "order", text + " ".repeat(copy), Map.of("acknowledge", level.getKey())));
                }
            }
        }
        return labels;
    }

    /** Twelve good and twelve poor answers, labelled as a trainer would. */
    private static List<LabelledAnswer> labels() {
        List<LabelledAnswer> labels = new ArrayList<>();
        List<String> good = List.of(
                "So sorry, I'll nip out to the shop and get you one.",
                "Apologies! Back in five with a Diet Coke from the kiosk.",
                "Sorry about that, let me run across the road and buy you one.",
                "I'm afraid we don't stock it, but I'll fetch one from the store.",
                "Oh no, sorry! I'll head to the corner shop for you right now.",
                "Sorry, give me two minutes and I'll bring you a Diet Coke.");
        List<String> poor = List.of(
                "We don't have Coke products.",
                "That's not how we do it here.",
                "Sorry, we only have Pepsi.",
                "It's policy, I can't leave.",
                "Nope, none here.",
                "If we had it I'd get you one.");
        for (int copy = 0; copy < 2; copy++) {
            for (String text : good) {
                labels.add(new LabelledAnswer(
                        "order",
                        text + " ".repeat(copy),
                        Map.of("acknowledge", "fully", "get-the-drink", "fully", "deflect", "none")));
            }
            for (String text : poor) {
                labels.add(new LabelledAnswer(
                        "order",
                        text + " ".repeat(copy),
                        Map.of("acknowledge", "not shown", "get-the-drink", "not shown", "deflect", "shown")));
            }
        }
        return labels;
    }
}
