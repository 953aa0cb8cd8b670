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
            "I'll pop to the shop for you");

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
    void shouldHaveWordsForEveryKindOfMatchAndEveryDismissal() {
        for (EvidenceKind kind : EvidenceKind.values()) {
            Evidence evidence = new Evidence("quote", 0, 5, "matched", kind, Strength.STRONG, "phrase");
            assertThat(FRENCH.matched(evidence)).isNotEqualTo(ENGLISH.matched(evidence));
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
}
