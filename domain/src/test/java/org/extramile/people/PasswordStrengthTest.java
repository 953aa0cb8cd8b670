package org.extramile.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void shouldRefuseCommonPasswordsKeyboardRowsAndSequencesHoweverLong() {
        for (String guessable : new String[] {"password1234", "qwertyuiop123", "abcdefghijkl", "ExtraMile2026!"}) {
            assertThat(PasswordStrength.weakness(guessable, Locale.ENGLISH))
                    .as(guessable)
                    .isPresent();
        }
        assertThat(PasswordStrength.weakness("password1234", Locale.ENGLISH))
                .contains("This is a very common password. Add another word or two. Uncommon words are better.");
    }

    @Test
    void shouldRefuseAFrenchKeyboardsRowsAsItRefusesAnEnglishOnes() {
        for (String row : new String[] {"qsdfghjklm12", "wxcvbn,;:!2026", "&é\"'(-è_çà)="}) {
            assertThat(PasswordStrength.weakness(row, Locale.FRENCH)).as(row).isPresent();
        }
        assertThat(PasswordStrength.weakness("qsdfghjklm12", Locale.ENGLISH))
                .hasValueSatisfying(why -> assertThat(why).contains("keyboard"));
    }

    @Test
    void shouldRefuseThePersonsOwnNameThatAGuesserTriesFirst() {
        for (String own : new String[] {"adaeze okafor", "okaforadaeze", "a-okafor2026"}) {
            assertThat(PasswordStrength.weakness(own, Locale.ENGLISH)).as(own).isEmpty();
            assertThat(PasswordStrength.weakness(own, Locale.ENGLISH, "a-okafor", "Adaeze Okafor"))
                    .as(own)
                    .isPresent();
        }
    }

    @Test
    void shouldTakeAFewWordsOfOnesOwn() {
        for (String phrase : new String[] {"a phrase of my own", "correct horse battery", "my own long phrase"}) {
            assertThat(PasswordStrength.weakness(phrase, Locale.ENGLISH, "kim", "Kim Lee"))
                    .as(phrase)
                    .isEmpty();
        }
    }

    @Test
    void shouldSayWhyInTheReadersLanguageAndInEnglishForTheApi() {
        assertThat(PasswordStrength.weakness("password1234", Locale.FRENCH).orElseThrow())
                .contains("mot de passe très courant");
        assertThat(PasswordStrength.refusal("password1234")).hasValueSatisfying(why -> assertThat(why)
                .startsWith("This password is too easy to guess: This is a very common password.")
                .endsWith("A few uncommon words, with spaces between them, make a good one."));
    }

    @Test
    void shouldScoreFromGuessedAtOnceToHardAsOneTypesForTheMeter() {
        PasswordEstimate first = PasswordStrength.estimate("password", Locale.ENGLISH);
        PasswordEstimate common = PasswordStrength.estimate("password1234", Locale.ENGLISH);
        PasswordEstimate phrase = PasswordStrength.estimate("a phrase of my own", Locale.ENGLISH);

        assertThat(first.score()).isZero();
        assertThat(common.score()).isEqualTo(1);
        assertThat(common.hardEnough()).isFalse();
        assertThat(common.advice()).startsWith("This is a very common password.");
        assertThat(phrase.score()).isEqualTo(PasswordEstimate.MAX_SCORE);
        assertThat(phrase.hardEnough()).isTrue();
        assertThat(phrase.advice()).isEmpty();
    }
}
