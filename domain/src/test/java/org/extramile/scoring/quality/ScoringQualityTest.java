package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.extramile.scenario.library.LibraryPack;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with trainers on answers the scorer was not tuned on, per scenario whose pack has a rubric and whose
 * labelled set exists. Floors are what the scorer reached when they were set; on the same sets they are raised, never
 * lowered.
 * With {@code -Dscoring.report=true} the figures are written to docs/scoring-quality.md.
 */
class ScoringQualityTest {

    /** The fixture stands in until the library's labelled sets arrive: it keeps the harness honest meanwhile. */
    private static final String FIXTURE = "fixture-missing-drink";

    /**
     * How many times figures of the evaluation splits have been computed for a changed scorer or changed sets: the
     * scorer's revision ({@link Scorer#REVISION}), raised by one each time, before reading them (since look 72; a
     * changed set raises it too, which only has installations fit their calibrations again). 4 before the sets grew; 5 for the unchanged scorer on the grown sets;
     * 6 for the scorer of 2026-11-30; 7 for the same with the clause-final negator read (2026-11-30, later); 8 for the
     * penalties reading the phrases that disown a problem ({@code Disclaimer}); 9 for the sets grown by 60 answers
     * each; 10 for the choice of each criterion's model by held-out log loss ({@code ModelSelection}); 11 for a
     * speaker's "would" withdrawn by a following "but"; 12 for a lean shrunk when an answer below the level says
     * the same ({@code LabelledClauses}); 13 for more of the words that disown a problem; 14 for short clauses
     * leaning in part, hedged offers kept below the top level, greetings by name read as words and "manager" kept
     * apart from "managing"; 15 for a short clause that was a whole labelled answer leaning in full; 16 for a
     * sentence with a negator no longer taken for a keyword list (not kept: see the report's notes); 17 for the top
     * level learnt from met answers with the answer's fullness, and the free-upgrade rubric's sale price and "gratis";
     * 18 for a terse apology no longer taken for a keyword list; 19 for clauses cut at an "and" with a new subject (not
     * kept); 20 for the sets grown by 60 answers each again; 21 for the logistic fit's steps halved until they lower
     * its loss ({@code LogisticFit}); 22 and 23 for a lean vetoed on a clause dismissed as saying the opposite (not
     * kept); 24 for a negator that stops at a pause and a lean vetoed on a clause whose indicator was dismissed; 25
     * for no lean at all when the answer refuses the criterion's action and earns it nowhere else; 26 for no
     * verdict of met without a clause to quote; 27 for no lean from a clause a penalty's indicator calls deflection;
     * 36 for the rubric's own counter-examples and questions that ask for an indicator's words earning nothing, with a
     * trailing "though" kept with its clause (not kept); 37 for the same without the "though"; 38 for a refusal
     * clause earning nothing itself, "slammed" and "don't have time" read as refusals; 39 for "get you one" taken for
     * the indicator "get you a Diet Coke"; 40 for a question and a phrase of three words no longer taken for keyword
     * lists; 41 for genuine-welcome's "about five minutes" taken for an honest time as "about four" is.
     */
    private static final int EVALUATION_LOOKS = Scorer.REVISION;

    /**
     * Set on 2026-11-30 from the figures of look 10 (docs/scoring-quality.md), less 0.03 (0.02 for noise, 0.01 for
     * the rounding of the figures read), when the evaluation splits grew from 44-51 to 78-82 answers: a floor holds
     * for the set it was measured on. Against the look 8 floors every figure rose but mixed-up-order's Spearman and
     * AUC, which fell on its old answers too (see the report's notes); they are recorded there, not hidden here.
     * fetch-from-another-branch's Spearman raised after look 11, buy-the-missing-drink's macro F1 after look 12,
     * fetch-from-another-branch's after look 13; every figure that rose raised after looks 15, 17 and 18 (same margin).
     * The evaluation splits grew again to 109-114 answers at look 20: every floor of the smaller splits still held
     * (look 21), so none was set lower; those the grown splits' figures less 0.03 exceed were raised to them, and
     * again after looks 29 and 33; buy-the-missing-drink's after looks 101, 103 and 110; mixed-up-order's after
     * looks 112 and 120; genuine-welcome's macro F1 after looks 118 and 122, fetch-from-another-branch's after look 122;
     * after look 123 fetch-from-another-branch's AUC, buy-the-missing-drink's and mixed-up-order's macro F1; after look
     * 125 and 126 buy-the-missing-drink's Spearman, after look 127 its macro F1.
     */
    private static final Map<String, Floors> FLOORS = Map.of(
            FIXTURE,
            new Floors(0.86, 0.97, 0.86),
            "free-upgrade",
            new Floors(0.78, 0.89, 0.84),
            "fetch-from-another-branch",
            new Floors(0.82, 0.92, 0.90),
            "buy-the-missing-drink",
            new Floors(0.80, 0.91, 0.86),
            "mixed-up-order",
            new Floors(0.85, 0.94, 0.84),
            "genuine-welcome",
            new Floors(0.83, 0.91, 0.86));

    private static final Scorer SCORER = new Scorer();
    private static final List<ScenarioQuality> CALIBRATED = new ArrayList<>();
    private static final List<ScenarioQuality> DEFAULTS = new ArrayList<>();

    record Floors(double spearman, double auc, double macroF1) {}

    static Stream<String> scenarios() {
        return Stream.concat(LibraryPack.SLUGS.stream(), Stream.of(FIXTURE));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldAgreeWithTrainersOnAnswersItWasNotTunedOn(String slug) {
        boolean fixture = slug.equals(FIXTURE);
        Optional<ScoringRubric> rubric =
                PackRubric.load(fixture ? "scoring/fixture/" + slug + ".json" : "library/" + slug + ".json");
        Optional<LabelledSet> set = LabelledSet.load(
                fixture ? "scoring/fixture/labelled/" + slug + ".json" : "scoring/labelled/" + slug + ".json");
        assumeTrue(
                rubric.isPresent() && set.isPresent(), () -> slug + ": no rubric in its pack or no labelled set yet");

        ScenarioQuality quality = ScenarioQuality.measure(SCORER, rubric.get(), set.get(), true);
        CALIBRATED.add(quality);
        DEFAULTS.add(ScenarioQuality.measure(SCORER, rubric.get(), set.get(), false));

        Floors floors = FLOORS.get(slug);
        assertThat(floors)
                .as("%s has no floors yet: set them from the figures measured, %s", slug, quality)
                .isNotNull();
        assertThat(quality.spearman()).as("Spearman of %s", slug).isGreaterThanOrEqualTo(floors.spearman());
        assertThat(quality.auc()).as("pass/fail AUC of %s", slug).isGreaterThanOrEqualTo(floors.auc());
        assertThat(quality.macroF1()).as("macro F1 of %s", slug).isGreaterThanOrEqualTo(floors.macroF1());
    }

    @AfterAll
    static void writeReport() {
        if (!Boolean.getBoolean("scoring.report") || CALIBRATED.isEmpty()) {
            return;
        }
        Path file = Path.of(System.getProperty("scoring.report.file", "../docs/scoring-quality.md"));
        List<QualityReport.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < CALIBRATED.size(); i++) {
            String slug = CALIBRATED.get(i).scenario();
            boolean fixture = slug.equals(FIXTURE);
            ScoringRubric rubric = PackRubric.load(
                            fixture ? "scoring/fixture/" + slug + ".json" : "library/" + slug + ".json")
                    .orElseThrow();
            LabelledSet set = LabelledSet.load(
                            fixture
                                    ? "scoring/fixture/labelled/" + slug + ".json"
                                    : "scoring/labelled/" + slug + ".json")
                    .orElseThrow();
            List<ScenarioQuality> curve = fixture
                    ? List.of()
                    : LEARNING_CURVE.stream()
                            .map(share -> ScenarioQuality.crossValidate(
                                    SCORER, rubric, set, CrossValidationTest.FOLDS, share))
                            .toList();
            scenarios.add(new QualityReport.Scenario(
                    CALIBRATED.get(i), DEFAULTS.get(i), RubricCeiling.of(rubric, set.evaluation()), curve));
        }
        QualityReport.write(file, scenarios, LEARNING_CURVE, EVALUATION_LOOKS, notes());
    }

    /** The shares of the calibration labels the learning curve is drawn at; the last is the full cross-validation. */
    private static final List<Double> LEARNING_CURVE = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    /**
     * The notes under the figures: what each evaluation look changed and what was tried and not kept. They live in a
     * file of their own beside the labelled sets, being longer than a Java constant may be.
     */
    private static String notes() {
        try (InputStream in = ScoringQualityTest.class.getClassLoader().getResourceAsStream(NOTES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(NOTES, e);
        }
    }

    private static final String NOTES = "scoring/quality-notes.md";
}
