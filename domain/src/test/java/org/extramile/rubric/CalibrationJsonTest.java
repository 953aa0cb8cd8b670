package org.extramile.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scenario.library.LibraryPack;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.HeldOut;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.extramile.shared.JsonDocuments;
import org.junit.jupiter.api.Test;

/** A calibration stored by one node and read by another scores exactly as the one fitted. */
class CalibrationJsonTest {

    private static final Scorer SCORER = new Scorer();
    private static final ScoringRubric DRINK = RubricScorer.port(
            "buy-the-missing-drink@1",
            JsonDocuments.read(LibraryPack.document("buy-the-missing-drink"), ScenarioPack.class)
                    .rubric());

    @Test
    void shouldReadBackTheSameCalibrationToTheLastBitOfEveryWeight() {
        Calibration fitted = new Calibrator(SCORER).calibrate(DRINK, CalibratorTest.labels());

        Calibration read = CalibrationJson.read(CalibrationJson.write(fitted));

        assertThat(fitted.models()).isNotEmpty();
        assertThat(read).isEqualTo(fitted);
        String borderline = "I'm afraid we have no Coke at the bar.";
        assertThat(SCORER.score(DRINK, read, "diet-coke-order", borderline))
                .isEqualTo(SCORER.score(DRINK, fitted, "diet-coke-order", borderline));
    }

    @Test
    void shouldReadACalibrationStoredBeforeHeldOutVerdictsWereCountedAsNotMeasured() {
        Calibration fitted = new Calibrator(SCORER).calibrate(DRINK, CalibratorTest.labels());
        String stored = CalibrationJson.write(fitted).replaceAll(",\"heldOut\":\\{[^}]*}", "");

        Calibration read = CalibrationJson.read(stored);

        assertThat(stored).doesNotContain("heldOut");
        assertThat(fitted.models().values())
                .allSatisfy(model -> assertThat(model.heldOut().total()).isPositive());
        assertThat(read.models().values())
                .allSatisfy(model -> assertThat(model.heldOut()).isEqualTo(HeldOut.NONE));
        String borderline = "I'm afraid we have no Coke at the bar.";
        assertThat(SCORER.score(DRINK, read, "diet-coke-order", borderline))
                .isEqualTo(SCORER.score(DRINK, fitted, "diet-coke-order", borderline));
    }

    @Test
    void shouldKeepTheDefaultsAsDefaults() {
        Calibration defaults = Calibration.defaults("buy-the-missing-drink@1");

        assertThat(CalibrationJson.read(CalibrationJson.write(defaults))).isEqualTo(defaults);
    }
}
