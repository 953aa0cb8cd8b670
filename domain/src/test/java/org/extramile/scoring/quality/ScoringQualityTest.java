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
     * Set on 2026-11-29 from the first measurement of the library's labelled sets, less 0.02 for noise. On 2026-11-30
     * the sets grew to 100 answers each and the bigger evaluation splits showed lower figures for some scenarios
     * (docs/scoring-quality.md, look 5, before any change to the scorer): those floors were set from that measurement,
     * less 0.03.
     */
    private static final Map<String, Floors> FLOORS = Map.of(
            FIXTURE,
            new Floors(0.80, 0.90, 0.85),
            "free-upgrade",
            new Floors(0.48, 0.75, 0.69),
            "fetch-from-another-branch",
            new Floors(0.69, 0.85, 0.64),
            "buy-the-missing-drink",
            new Floors(0.42, 0.72, 0.56),
            "mixed-up-order",
            new Floors(0.70, 0.81, 0.70),
            "genuine-welcome",
            new Floors(0.65, 0.81, 0.64));

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
        String notes = CALIBRATED.stream().anyMatch(q -> !q.scenario().equals(FIXTURE))
                ? "Each scenario's floors in `ScoringQualityTest` are set from these figures."
                : "The library's labelled sets have not arrived yet: only the test fixture (one step of the Diet Coke story, "
                        + "40 answers written by the scorer's author) is measured. Its figures show the harness works; they are "
                        + "not evidence of quality on the real scenarios.";
        QualityReport.write(file, CALIBRATED, DEFAULTS, notes);
    }
}
