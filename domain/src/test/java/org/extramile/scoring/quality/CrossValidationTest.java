package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.extramile.scenario.library.LibraryPack;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scorer's figures by cross-validation on each scenario's calibration split: where modelling choices are made
 * and checked, so that the evaluation split stays unseen. Floors as in {@link ScoringQualityTest}: raised, never
 * lowered while the set stays the same; re-set on 2026-11-30, less 0.02, when the calibration splits grew from 51-58 to
 * 80-83 answers (genuine-welcome's new answers, with more blame in unforeseen words, brought its figures down);
 * raised after looks 11, 12, 13, 15 and 17; re-set again, less 0.02, when they grew to 108-112 answers (looks 20, 21:
 * genuine-welcome 0.89 to 0.85 and buy-the-missing-drink 0.84 to 0.81 on the grown splits, the others higher);
 * raised after look 29 (levels' own words), look 33 (a "but" that withdraws an apology) and look 35 (deflection's
 * phrases read in this split's errors, so flattered) and look 45 (the same); fetch-from-another-branch's after look 59
 * (a branch that "might have it" leaves the call to her); buy-the-missing-drink's after look 65 (what the customer is
 * spared is no refusal); free-upgrade's after look 92 (a sum only counter-examples name voids the clause) and look 111 (money off
 * the big jar in trainees' words); genuine-welcome's after look 126 (deflection's phrases read in this split's errors).
 */
class CrossValidationTest {

    static final int FOLDS = 5;

    private static final Scorer SCORER = new Scorer();

    static Stream<String> scenarios() {
        return LibraryPack.SLUGS.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldAgreeWithTrainersOnCalibrationAnswersLeftOutOfTheFit(String slug) {
        ScoringRubric rubric = PackRubric.load("library/" + slug + ".json").orElseThrow();
        LabelledSet set = LabelledSet.load("scoring/labelled/" + slug + ".json").orElseThrow();

        ScenarioQuality quality = ScenarioQuality.crossValidate(SCORER, rubric, set, FOLDS);

        System.out.printf(
                java.util.Locale.ROOT,
                "CV %s: Spearman %.3f AUC %.3f macroF1 %.3f review %.2f %s%n",
                slug,
                quality.spearman(),
                quality.auc(),
                quality.macroF1(),
                quality.reviewShare(),
                quality.criteria());
        Floors floors = FLOORS.get(slug);
        assertThat(quality.spearman()).as("Spearman of %s", slug).isGreaterThanOrEqualTo(floors.spearman());
        assertThat(quality.auc()).as("pass/fail AUC of %s", slug).isGreaterThanOrEqualTo(floors.auc());
        assertThat(quality.macroF1()).as("macro F1 of %s", slug).isGreaterThanOrEqualTo(floors.macroF1());
    }

    record Floors(double spearman, double auc, double macroF1) {}

    private static final Map<String, Floors> FLOORS = Map.of(
            "free-upgrade", new Floors(0.87, 0.94, 0.90),
            "fetch-from-another-branch", new Floors(0.85, 0.96, 0.89),
            "buy-the-missing-drink", new Floors(0.83, 0.94, 0.89),
            "mixed-up-order", new Floors(0.89, 0.95, 0.88),
            "genuine-welcome", new Floors(0.88, 0.94, 0.88));
}
