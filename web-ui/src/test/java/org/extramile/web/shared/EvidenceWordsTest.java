package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.extramile.scoring.Dismissal;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;
import org.junit.jupiter.api.Test;

class EvidenceWordsTest {

    private static final EvidenceWords ENGLISH =
            new EvidenceWords(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH));
    private static final EvidenceWords FRENCH =
            new EvidenceWords(ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH));

    private static final Evidence EXEMPLAR = new Evidence(
            "I'll nip out for one",
            0,
            20,
            "exemplar 'I'll pop to the shop for you'",
            EvidenceKind.EXEMPLAR,
            Strength.LIKELY,
            "I'll pop to the shop for you",
            false,
            false,
            null);

    private static final NearMiss NEGATED = new NearMiss(
            "I can't leave the bar",
            22,
            43,
            "indicator 'leave'",
            EvidenceKind.INDICATOR,
            Strength.LIKELY,
            "ignored: negated by 'can't'",
            new Dismissal(Dismissal.Cause.NEGATED, "can't"));

    @Test
    void shouldSayWhatAClauseMatchedInThePagesLanguage() {
        assertThat(ENGLISH.matched(EXEMPLAR)).isEqualTo("exemplar “I'll pop to the shop for you”");
        assertThat(FRENCH.matched(EXEMPLAR)).isEqualTo("l’exemple « I'll pop to the shop for you »");
    }

    @Test
    void shouldSayWhyANearMissDidNotCountInThePagesLanguage() {
        assertThat(ENGLISH.dismissed(NEGATED)).isEqualTo("ignored: negated by “can't”");
        assertThat(FRENCH.dismissed(NEGATED)).isEqualTo("ignoré : nié par « can't »");
    }

    @Test
    void shouldSayAnIndicatorWasFoundOnlyInPartInThePagesLanguage() {
        Evidence inPart = lexical(EvidenceKind.INDICATOR, "bigger jar for free", true, false);

        assertThat(ENGLISH.matched(inPart)).isEqualTo("indicator “bigger jar for free” (in part)");
        assertThat(FRENCH.matched(inPart)).isEqualTo("l’indicateur « bigger jar for free » (en partie)");
    }

    @Test
    void shouldSayASynonymWasFoundAllowingATypoInThePagesLanguage() {
        Evidence typo = lexical(EvidenceKind.SYNONYM, "grab", false, true);

        assertThat(ENGLISH.matched(typo)).isEqualTo("“grab”, a synonym of an indicator (allowing a typo)");
        assertThat(FRENCH.matched(typo))
                .isEqualTo("« grab », synonyme d’un indicateur (en tolérant une faute de frappe)");
    }

    @Test
    void shouldSayBothQualifiersOfAMatchFoundInPartAndWithATypo() {
        Evidence both = lexical(EvidenceKind.INDICATOR, "sorry", true, true);

        assertThat(ENGLISH.matched(both)).isEqualTo("indicator “sorry” (in part) (allowing a typo)");
        assertThat(FRENCH.matched(both))
                .isEqualTo("l’indicateur « sorry » (en partie) (en tolérant une faute de frappe)");
    }

    @Test
    void shouldTellDisowningTheProblemFromARefusalInThePagesLanguage() {
        Evidence disowning = refusal(Evidence.Refusal.DISOWNING);
        Evidence refusing = refusal(Evidence.Refusal.REFUSING);

        assertThat(ENGLISH.matched(disowning)).isEqualTo("disowning the problem: helplessness, not my job, or blame");
        assertThat(ENGLISH.matched(refusing)).isEqualTo("a refusal: a rule, or an offer withdrawn");
        assertThat(FRENCH.matched(disowning))
                .isEqualTo("se défausser du problème : impuissance, « pas mon travail » ou faute rejetée sur autrui");
        assertThat(FRENCH.matched(refusing)).isEqualTo("un refus : une règle, ou une offre retirée");
    }

    @Test
    void shouldWordARefusalStoredBeforeTheScorerToldThemApartByItsKindAlone() {
        Evidence stored = refusal(null);

        assertThat(ENGLISH.matched(stored)).isEqualTo("a refusal, or words that put the problem on someone else");
        assertThat(FRENCH.matched(stored))
                .isEqualTo("un refus, ou des mots qui rejettent le problème sur quelqu’un d’autre");
    }

    @Test
    void shouldHaveWordsForEveryKindOfMatchAndEveryDismissal() {
        for (EvidenceKind kind : EvidenceKind.values()) {
            Evidence evidence =
                    new Evidence("quote", 0, 5, "matched", kind, Strength.STRONG, "phrase", false, false, null);
            assertThat(FRENCH.matched(evidence)).isNotEqualTo(ENGLISH.matched(evidence));
        }
        for (Evidence.Refusal refusal : Evidence.Refusal.values()) {
            assertThat(FRENCH.matched(refusal(refusal))).isNotEqualTo(ENGLISH.matched(refusal(refusal)));
        }
        for (Dismissal.Cause cause : Dismissal.Cause.values()) {
            NearMiss miss = new NearMiss(
                    "quote",
                    0,
                    5,
                    "matched",
                    EvidenceKind.EXEMPLAR,
                    Strength.LIKELY,
                    "reason",
                    new Dismissal(cause, ""));
            assertThat(FRENCH.dismissed(miss)).isNotEqualTo(ENGLISH.dismissed(miss));
        }
    }

    @Test
    void shouldKeepTheEnglishOfCardsStoredBeforeThePhraseAndDismissalWereKept() {
        Evidence stored = new Evidence(
                "I'll nip out",
                0,
                12,
                "synonym 'nip out' of indicator 'pop out'",
                EvidenceKind.SYNONYM,
                Strength.LIKELY,
                null,
                false,
                false,
                null);
        NearMiss storedMiss = new NearMiss(
                "If we had it",
                0,
                12,
                "indicator 'had'",
                EvidenceKind.INDICATOR,
                Strength.LIKELY,
                "ignored: a conditional that promises nothing",
                null);

        assertThat(FRENCH.matched(stored)).isEqualTo("synonym 'nip out' of indicator 'pop out'");
        assertThat(FRENCH.dismissed(storedMiss)).isEqualTo("ignored: a conditional that promises nothing");
    }

    private static Evidence lexical(EvidenceKind kind, String phrase, boolean partial, boolean typo) {
        return new Evidence("quote", 0, 5, "matched", kind, Strength.POSSIBLE, phrase, partial, typo, null);
    }

    private static Evidence refusal(Evidence.Refusal refusal) {
        return new Evidence(
                "It's not my fault",
                0,
                17,
                "disowning the problem: helplessness, not my job, or blame",
                EvidenceKind.REFUSAL,
                Strength.LIKELY,
                null,
                false,
                false,
                refusal);
    }
}
