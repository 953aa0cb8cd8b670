package org.extramile.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.extramile.scoring.text.Hedge;
import org.junit.jupiter.api.Test;

class ScoreCardConverterTest {

    private final ScoreCardConverter converter = new ScoreCardConverter();

    @Test
    void shouldKeepWhichCalibrationScoredACardAndTheLanguageItCouldNotRead() {
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
                new CalibrationUsed(CalibrationUsed.LABELS, 24),
                "fr");

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
    void shouldKeepAMatchInPartOrAllowingATypoAndWhatARefusalRefusedWith() {
        String stored = converter.convertToDatabaseColumn(explained());

        ScoreCard read = converter.convertToEntityAttribute(stored);

        assertThat(read.criteria().get(0).evidence())
                .extracting(Evidence::partial, Evidence::typo)
                .containsExactly(tuple(false, false), tuple(true, false), tuple(false, true));
        assertThat(read.penalties().get(0).evidence().get(0).refusal()).isEqualTo(Evidence.Refusal.DISOWNING);
        assertThat(stored).contains("\"refusal\":\"DISOWNING\"");
    }

    @Test
    void shouldReadEvidenceStoredBeforeItsQualifiersAndRefusalWereKeptAsPlainMatches() {
        String stored = withoutQualifiersAndRefusal(converter.convertToDatabaseColumn(explained()));

        ScoreCard read = converter.convertToEntityAttribute(stored);

        assertThat(stored).doesNotContain("\"partial\"", "\"typo\"", "\"refusal\"");
        assertThat(read.criteria().get(0).evidence())
                .extracting(Evidence::phrase, Evidence::partial, Evidence::typo)
                .containsExactly(
                        tuple("pop out", false, false),
                        tuple("grab", false, false),
                        tuple("convenience store", false, false));
        assertThat(read.criteria().get(0).evidence().get(1).matched()).endsWith("(in part)");
        assertThat(read.penalties().get(0).evidence().get(0).refusal()).isNull();
        assertThat(read.penalties().get(0).evidence().get(0).matched()).startsWith("disowning the problem");
    }

    @Test
    void shouldReadEvidenceStoredBeforeItsPhraseAndDismissalWereKeptWithTheEnglishWordingOnly() {
        String stored = withoutQualifiersAndRefusal(converter.convertToDatabaseColumn(explained()))
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

    @Test
    void shouldKeepWhatKeptACriterionBelowItsTopLevelAndReadACardStoredBeforeItWasKept() {
        String stored = converter.convertToDatabaseColumn(explained());
        String before = stored.replaceAll(",?\"hedge\":\\{[^}]*}", "");

        assertThat(stored).contains("\"hedge\":{");
        assertThat(converter.convertToEntityAttribute(stored).criteria().get(0).hedge())
                .isEqualTo(new Hedge("I might", false));
        assertThat(before).doesNotContain("hedge");
        assertThat(converter.convertToEntityAttribute(before).criteria().get(0).hedge())
                .isNull();
    }

    /** A card as stored before evidence said apart from its English how it matched and what a refusal was. */
    private static String withoutQualifiersAndRefusal(String stored) {
        return stored.replaceAll(",\"(partial|typo)\":(true|false)", "").replaceAll(",\"refusal\":\"[A-Z]+\"", "");
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
                List.of(
                        new Evidence(
                                "I'll pop out",
                                0,
                                12,
                                "indicator 'pop out'",
                                EvidenceKind.INDICATOR,
                                Strength.STRONG,
                                "pop out",
                                false,
                                false,
                                null),
                        new Evidence(
                                "and grab one",
                                25,
                                37,
                                "synonym 'grab' of indicator 'get you one' (in part)",
                                EvidenceKind.SYNONYM,
                                Strength.POSSIBLE,
                                "grab",
                                true,
                                false,
                                null),
                        new Evidence(
                                "at the convenince store",
                                38,
                                61,
                                "indicator 'convenience store' (allowing a typo)",
                                EvidenceKind.INDICATOR,
                                Strength.LIKELY,
                                "convenience store",
                                false,
                                true,
                                null)),
                List.of(new NearMiss(
                        "I can't go",
                        14,
                        24,
                        "indicator 'go'",
                        EvidenceKind.INDICATOR,
                        Strength.LIKELY,
                        "ignored: negated by 'can't'",
                        new Dismissal(Dismissal.Cause.NEGATED, "can't"))),
                "met",
                new Hedge("I might", false));
        CriterionScore deflect = new CriterionScore(
                "deflect",
                "Deflects",
                CriterionKind.PENALTY,
                "shown",
                2,
                2,
                true,
                0.8,
                0.8,
                false,
                List.of(new Evidence(
                        "That's not my job",
                        63,
                        80,
                        "disowning the problem: helplessness, not my job, or blame",
                        EvidenceKind.REFUSAL,
                        Strength.LIKELY,
                        null,
                        false,
                        false,
                        Evidence.Refusal.DISOWNING)),
                List.of(),
                "shown",
                null);
        return Cards.card("order", 0, 2, score, deflect);
    }
}
