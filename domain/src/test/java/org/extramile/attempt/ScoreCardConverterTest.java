package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scoring.CalibrationUsed;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.ScoreCard;
import org.junit.jupiter.api.Test;

class ScoreCardConverterTest {

    private final ScoreCardConverter converter = new ScoreCardConverter();

    @Test
    void shouldKeepWhichCalibrationScoredACard() {
        ScoreCard card = Cards.card("order", 2, 2, Cards.met("ask", CriterionKind.SCORED));
        ScoreCard learned = new ScoreCard(
                card.rubricId(),
                card.step(),
                card.points(),
                card.maxPoints(),
                card.passed(),
                card.criteria(),
                card.penalties(),
                card.criticalFailures(),
                card.needsReview(),
                card.notes(),
                new CalibrationUsed(CalibrationUsed.LABELS, 24));

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(learned)))
                .isEqualTo(learned);
    }

    @Test
    void shouldReadACardStoredBeforeCalibrationWasRecordedAsScoredByTheDefaults() {
        String stored = converter
                .convertToDatabaseColumn(Cards.card("order", 0, 2))
                .replace("\"calibration\":{\"labels\":0,\"source\":\"defaults\"},", "");

        assertThat(stored).doesNotContain("calibration");
        assertThat(converter.convertToEntityAttribute(stored).calibration()).isEqualTo(CalibrationUsed.DEFAULTS);
    }
}
