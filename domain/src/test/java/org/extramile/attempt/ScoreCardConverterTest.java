package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.extramile.scoring.CalibrationUsed;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Dismissal;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;
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

    @Test
    void shouldKeepWhatEachClauseMatchedAndWhyANearMissDidNotCount() {
        ScoreCard card = explained();

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(card)))
                .isEqualTo(card);
    }

    @Test
    void shouldReadEvidenceStoredBeforeItsPhraseAndDismissalWereKeptWithTheEnglishWordingOnly() {
        String stored = converter
                .convertToDatabaseColumn(explained())
                .replaceAll("\"phrase\":\"[^\"]*\",?", "")
                .replaceAll("\"dismissal\":\\{[^}]*},?", "");

        CriterionScore read =
                converter.convertToEntityAttribute(stored).criteria().get(0);

        assertThat(stored).doesNotContain("phrase", "dismissal");
        assertThat(read.evidence().get(0).phrase()).isNull();
        assertThat(read.evidence().get(0).matched()).isEqualTo("indicator 'pop out'");
        assertThat(read.nearMisses().get(0).dismissal()).isNull();
        assertThat(read.nearMisses().get(0).reason()).isEqualTo("ignored: negated by 'can't'");
    }

    private static ScoreCard explained() {
        CriterionScore score = new CriterionScore(
                "get",
                "Gets the drink",
                CriterionKind.SCORED,
                "fully",
                2,
                2,
                true,
                0.9,
                0.9,
                false,
                List.of(new Evidence(
                        "I'll pop out",
                        0,
                        12,
                        "indicator 'pop out'",
                        EvidenceKind.INDICATOR,
                        Strength.STRONG,
                        "pop out")),
                List.of(new NearMiss(
                        "I can't go",
                        14,
                        24,
                        "indicator 'go'",
                        EvidenceKind.INDICATOR,
                        Strength.LIKELY,
                        "ignored: negated by 'can't'",
                        new Dismissal(Dismissal.Cause.NEGATED, "can't"))),
                "met");
        return Cards.card("order", 2, 2, score);
    }
}
