package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * labelled set exists. Floors are what the scorer reached when they were set; they are raised, never lowered.
 * With {@code -Dscoring.report=true} the figures are written to docs/scoring-quality.md.
 */
class ScoringQualityTest {

    /** The fixture stands in until the library's labelled sets arrive: it keeps the harness honest meanwhile. */
    private static final String FIXTURE = "fixture-missing-drink";

    /**
     * How many times figures of the evaluation splits have been computed for a changed scorer or changed sets: raise
     * it by one each time, before reading them. 4 before the sets grew; 5 for the unchanged scorer on the grown sets;
     * 6 for the scorer of 2026-11-30; 7 for the same with the clause-final negator read (2026-11-30, later); 8 for the
     * penalties reading the phrases that disown a problem ({@code Disclaimer}).
     */
    private static final int EVALUATION_LOOKS = 8;

    /**
     * Set on 2026-11-30 from the figures of look 6 (docs/scoring-quality.md), less 0.03 (0.02 for noise, 0.01 for
     * the rounding of the figures read); free-upgrade's macro F1 raised from look 8.
     */
    private static final Map<String, Floors> FLOORS = Map.of(
            FIXTURE,
            new Floors(0.85, 0.97, 0.86),
            "free-upgrade",
            new Floors(0.64, 0.83, 0.78),
            "fetch-from-another-branch",
            new Floors(0.73, 0.88, 0.75),
            "buy-the-missing-drink",
            new Floors(0.60, 0.81, 0.73),
            "mixed-up-order",
            new Floors(0.79, 0.92, 0.73),
            "genuine-welcome",
            new Floors(0.72, 0.87, 0.78));

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
        QualityReport.write(file, scenarios, LEARNING_CURVE, EVALUATION_LOOKS, NOTES);
    }

    /** The shares of the calibration labels the learning curve is drawn at; the last is the full cross-validation. */
    private static final List<Double> LEARNING_CURVE = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    private static final String NOTES =
            """
            Each scenario's floors in `ScoringQualityTest` (evaluation split) and `CrossValidationTest` \
            (calibration split) are set from these figures, less a margin for noise; they are raised, never lowered.

            **The labelled sets.** Each library scenario has 100 or more answers, written apart from the rubric's \
            indicator vocabulary as varied new hires would write them, labelled per criterion and holistically \
            (0 to 3) from the rubric's descriptors before the scorer saw them. The first answers of each set keep \
            the split they were given; every answer added later is split by the SHA-256 of its text \
            (`LabelledSet.splitOf`, checked by `LabelledSetTest`), so nobody chooses which answers judge the scorer.

            **How the scorer uses the calibration split** (see also README, "How the scorer learns from trainers"): \
            per criterion, a logistic model over the lexical match, the best exemplar similarity and its margin over \
            the counter-examples, an ignored (negated, withdrawn, conditional) match, a solved problem (penalties), \
            a refusal by a rule or one that withdraws an offer, and the lean of the answer's clauses towards the \
            labelled answers' clauses (best similarity to clauses of answers labelled met, less best similarity to \
            the others; an answer is never its own neighbour while fitting). Criteria with three levels get a \
            second model for the top level. A penalty in the band of doubt asks for review instead of deducting.

            **Before and after, on the grown evaluation splits** (Spearman / AUC / macro F1):

            | scenario | look 5: scorer of 2026-11-29 | look 6: scorer of 2026-11-30 |
            |---|---|---|
            | free-upgrade | 0.51 / 0.78 / 0.72 | 0.67 / 0.86 / 0.77 |
            | fetch-from-another-branch | 0.74 / 0.87 / 0.73 | 0.76 / 0.91 / 0.78 |
            | buy-the-missing-drink | 0.45 / 0.80 / 0.59 | 0.63 / 0.84 / 0.76 |
            | mixed-up-order | 0.76 / 0.93 / 0.73 | 0.82 / 0.95 / 0.76 |
            | genuine-welcome | 0.68 / 0.84 / 0.78 | 0.75 / 0.90 / 0.81 |

            Look 7 (the same scorer reading a negator that ends its clause, "Go to the shop? I can't") changed \
            only genuine-welcome's macro F1 (0.81 to 0.80) and the share sent to review.

            Look 8: penalties also read the phrases that disown a problem (`Disclaimer`: "nothing I can do", \
            "not my department", "you should have come earlier", "head office never sends enough", "that's on \
            them"), written from what service trainers name as deflection, and checked by cross-validation, where \
            the deflection F1 rose from 0.57-0.86 to 0.67-0.96. But the phrases were written after reading the \
            calibration split's misses, so cross-validation flatters them; the evaluation split is the honest \
            figure: deflection F1 0.53 to 0.75 (free-upgrade), 0.43 to 0.46 (buy-the-missing-drink), 0.57 to 0.62 \
            (genuine-welcome), unchanged elsewhere (0.25 and 0.60); Spearman and AUC unchanged to two decimals, since \
            the deflecting answers newly caught had earned no points to lose.

            On the old 20 to 29-answer splits (look 4) the first scorer had shown Spearman 0.49 to 0.73 and AUC \
            0.74 to 0.94: the bigger splits were less kind, to free-upgrade above all. The aims (Spearman 0.90, AUC \
            0.95 for every scenario) are not reached; only mixed-up-order's AUC is near (0.95 rounded). What still goes \
            wrong: deflection on the evaluation splits (F1 0.25 to 0.75 after look 8: blame and helplessness in \
            words no phrase list foresees), "partly" against "fully" on three-level criteria, and offers \
            in words far from every exemplar and labelled answer ("the bigger jar goes home with you today, \
            gratis"). On buy-the-missing-drink's evaluation split the default models rank better than the \
            calibrated ones (0.68 against 0.63), a warning that with 50 answers per split the figures move by \
            several hundredths with the draw.

            **How far the aims are.** The ceiling column shows that the rubrics themselves allow them: decided as \
            the trainer labelled every criterion, their points reach Spearman 0.91 to 0.96 and AUC 0.97 to 1.00. \
            The gap is the scorer's per-criterion accuracy (0.78 to 0.87 on average): with about one criterion in \
            five decided wrongly, Spearman stays near 0.75. The learning curve still rises at 40-odd labels for \
            three scenarios (buy-the-missing-drink, mixed-up-order, genuine-welcome) and is flat, within its noise, \
            for the other two: more trainer labels should help some scenarios, but no curve points at 0.90 within \
            a few dozen more.

            **Tried by cross-validation and not kept** (mean cross-validated Spearman over the five scenarios, \
            0.75 for the scorer kept): a whole-answer lean (each answer as the mean of its clause vectors, compared \
            with the labelled answers; 0.74 with no prior weight, 0.72 with the clause lean's prior); the mean of \
            the 3 nearest labelled clauses instead of the nearest (0.73); weaker or stronger pulls towards the \
            pooled and default models (0.71 to 0.75); a top-level model fitted on met answers only (0.75, within \
            noise). With about 45 labels per fold, added features overfit as fast as they inform.""";
}
