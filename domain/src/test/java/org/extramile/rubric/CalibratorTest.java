package org.extramile.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.extramile.scenario.library.LibraryPack;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CalibrationUsed;
import org.extramile.scoring.LabelledAnswer;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.extramile.shared.JsonDocuments;
import org.junit.jupiter.api.Test;

/** Calibration from trainers' labels, the way RubricScorer runs it: only past the threshold, reproducible, cached. */
class CalibratorTest {

    private static final Scorer SCORER = new Scorer();
    /**
     * The library's rubric without its levels' words ("sorry" earns a kind no in part, and "afraid" is its synonym),
     * so that the fitted model alone decides what these tests are about.
     */
    private static final ScoringRubric DRINK = RubricScorer.port(
            "buy-the-missing-drink@1",
            withoutLevelWords(JsonDocuments.read(LibraryPack.document("buy-the-missing-drink"), ScenarioPack.class)
                    .rubric()));

    private final Calibrator calibrator = new Calibrator(SCORER);

    @Test
    void shouldKeepTheDefaultsBelowTheThreshold() {
        List<LabelledAnswer> nineteen = labels().subList(0, 19);

        Calibration calibration = calibrator.calibrate(DRINK, nineteen);

        assertThat(calibration.models()).isEmpty();
        assertThat(calibration.used()).isEqualTo(CalibrationUsed.DEFAULTS);
    }

    @Test
    void shouldKeepTheDefaultsWhenNoCriterionHasBothVerdicts() {
        List<LabelledAnswer> allMissed = labels().stream()
                .map(l -> new LabelledAnswer(l.step(), l.text(), Map.of("kind-no", "not shown")))
                .toList();

        assertThat(calibrator.calibrate(DRINK, allMissed).used()).isEqualTo(CalibrationUsed.DEFAULTS);
    }

    @Test
    void shouldLearnFromEnoughLabelsAndMoveABorderlineAnswer() {
        String borderline = "I'm afraid we have no Coke at the bar.";

        Calibration calibration = calibrator.calibrate(DRINK, labels());

        assertThat(calibration.used()).isEqualTo(new CalibrationUsed("labels", 24));
        assertThat(kindNo(SCORER.score(DRINK, "diet-coke-order", borderline))).isTrue();
        ScoreCard learned = SCORER.score(DRINK, calibration, "diet-coke-order", borderline);
        assertThat(kindNo(learned)).isFalse();
        assertThat(learned.calibration()).isEqualTo(new CalibrationUsed("labels", 24));
    }

    @Test
    void shouldCalibrateTheSameWayFromTheSameLabelsInAnyOrder() {
        List<LabelledAnswer> reversed = new ArrayList<>(labels());
        Collections.reverse(reversed);

        assertThat(new Calibrator(SCORER).calibrate(DRINK, reversed)).isEqualTo(calibrator.calibrate(DRINK, labels()));
    }

    @Test
    void shouldRecalibrateOnlyWhenTheLabelsChange() {
        Calibration first = calibrator.calibration(DRINK, new LabelFingerprint(24, 74), CalibratorTest::labels);

        Calibration again = calibrator.calibration(DRINK, new LabelFingerprint(24, 74), () -> {
            throw new AssertionError("the same labels must not be read and fitted again");
        });
        Calibration fewer = calibrator.calibration(DRINK, new LabelFingerprint(19, 93), () -> labels().subList(0, 19));

        assertThat(again).isSameAs(first);
        assertThat(first.used().source()).isEqualTo("labels");
        assertThat(fewer.used()).isEqualTo(CalibrationUsed.DEFAULTS);
    }

    @Test
    void shouldTakeACalibrationFittedElsewhereWithoutFittingAgain() {
        Calibration fittedByTheJob = calibrator.calibrate(DRINK, labels());
        calibrator.keep(DRINK.id(), new LabelFingerprint(24, 74), fittedByTheJob);

        Calibration used = calibrator.calibration(DRINK, new LabelFingerprint(24, 74), () -> {
            throw new AssertionError("a calibration kept for the same labels must not be fitted again");
        });
        Calibration stored = calibrator.keptOr(DRINK, new LabelFingerprint(25, 80), () -> fittedByTheJob);

        assertThat(used).isSameAs(fittedByTheJob);
        assertThat(stored).isSameAs(fittedByTheJob);
        assertThat(calibrator.keptOr(DRINK, new LabelFingerprint(25, 80), () -> {
                    throw new AssertionError("kept from the first time");
                }))
                .isSameAs(fittedByTheJob);
    }

    private static boolean kindNo(ScoreCard card) {
        return card.criteria().stream()
                .filter(c -> c.key().equals("kind-no"))
                .findFirst()
                .orElseThrow()
                .met();
    }

    /** Twelve apologies a trainer does not count as a kind no, then twelve that offer something too. */
    static List<LabelledAnswer> labels() {
        List<LabelledAnswer> labels = new ArrayList<>();
        for (String text : APOLOGY_ONLY) {
            labels.add(new LabelledAnswer("diet-coke-order", text, Map.of("kind-no", "not shown")));
        }
        for (String text : KIND_NO) {
            labels.add(new LabelledAnswer("diet-coke-order", text, Map.of("kind-no", "fully")));
        }
        return labels;
    }

    static final List<String> APOLOGY_ONLY = List.of(
            "I'm afraid we don't have Coke.",
            "I'm afraid we only have Pepsi.",
            "Sorry about that, we don't sell Coke.",
            "Unfortunately we have no Diet Coke.",
            "I'm so sorry, there's no Coke here.",
            "I apologize, we don't carry it.",
            "I'm afraid we don't stock that.",
            "Sorry about that, no Coke at this bar.",
            "Unfortunately we don't have any.",
            "I'm so sorry, it's Pepsi or nothing.",
            "I apologize, Coke isn't on the menu.",
            "I'm afraid we're out of Coke products.");

    static final List<String> KIND_NO = List.of(
            "I'm so sorry, we don't carry Coke here, but leave it with me and I'll sort something out.",
            "I'm afraid the bar has no Coke at all. Let me see what I can do for you.",
            "Sorry about that, we don't stock Coke, but there's a way round it.",
            "Unfortunately we've no Diet Coke, I apologize. Give me a second and I'll fix that.",
            "I'm so sorry! No Coke at the bar, but leave it with me.",
            "Sorry about that. Give me a second, I'll see what I can do.",
            "I apologize, we have no Diet Coke, but I'll sort something out for you.",
            "I'm afraid we don't sell it, but there's a way round it, leave it with me.",
            "Unfortunately there's no Coke here. Let me see what I can do, give me a second.",
            "Really sorry about that. Leave it with me, I'll sort something out.",
            "I'm so sorry, no Diet Coke at the bar. I'll see what I can do right away.",
            "Sorry about that! We're out, but give me a second and I'll sort something out.");

    private static Rubric withoutLevelWords(Rubric rubric) {
        return new Rubric(rubric.criteria().stream()
                .map(c -> new Criterion(
                        c.key(),
                        c.title(),
                        c.description(),
                        c.kind(),
                        c.steps(),
                        c.levels().stream()
                                .map(l -> new Level(l.name(), l.descriptor(), l.points(), null))
                                .toList(),
                        c.evidence(),
                        c.feedback(),
                        c.modelAnswer()))
                .toList());
    }
}
