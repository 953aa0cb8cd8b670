package org.extramile.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    /** The texts that count days: they take a number, checked apart. */
    private static final Set<String> COUNTS = Set.of("deadline.left", "deadline.ago", "late.digest.subject");

    private static final Object[] ARGUMENTS = {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"};

    private static final Instant NOON = LocalDateTime.parse("2026-12-02T12:30:00")
            .atZone(ZoneId.systemDefault())
            .toInstant();

    @Test
    void shouldHaveEveryTextInEveryLanguageWithTheSameArguments() {
        Set<String> english = keys("en");
        for (String language : MailTexts.LANGUAGES) {
            assertThat(keys(language)).as(language).isEqualTo(english);
            MailTexts texts = MailTexts.in(language);
            for (String key : english) {
                if (key.equals("date") || key.equals("dateTime") || COUNTS.contains(key)) {
                    continue;
                }
                String text = texts.text(key, ARGUMENTS);
                assertThat(text)
                        .as("%s %s: every argument placed, no quote swallowed", language, key)
                        .doesNotContain("{", "}");
                assertThat(arguments(text))
                        .as("%s %s uses the same arguments as in English", language, key)
                        .isEqualTo(arguments(MailTexts.in("en").text(key, ARGUMENTS)));
            }
        }
    }

    @Test
    void shouldCountDaysAsTheReaderDoes() {
        MailTexts english = MailTexts.in("en");
        MailTexts french = MailTexts.in("fr");
        assertThat(List.of(0L, 1L, 7L).stream().map(days -> english.text("deadline.left", days)))
                .containsExactly("today", "tomorrow", "in 7 days");
        assertThat(List.of(1L, 1000L).stream().map(days -> english.text("deadline.ago", days)))
                .containsExactly("a day ago", "1,000 days ago");
        assertThat(List.of(0L, 1L, 7L).stream().map(days -> french.text("deadline.left", days)))
                .containsExactly("c’est aujourd’hui", "c’est demain", "dans 7 jours");
        assertThat(List.of(1L, 3L).stream().map(days -> french.text("deadline.ago", days)))
                .containsExactly("il y a un jour", "il y a 3 jours");
        assertThat(english.text("late.digest.subject", 2)).isEqualTo("2 trainees have become late with their training");
        assertThat(french.text("late.digest.subject", 1))
                .isEqualTo("Un stagiaire a dépassé l’échéance de sa formation");
        assertThat(english.date(LocalDate.of(2026, 12, 24))).isEqualTo("24 December 2026");
    }

    @Test
    void shouldWriteDatesAsTheReaderDoes() {
        assertThat(MailTexts.in("en").date(NOON)).isEqualTo("2 December 2026");
        assertThat(MailTexts.in("fr").date(NOON)).isEqualTo("2 décembre 2026");
        assertThat(MailTexts.in("en").dateTime(NOON)).isEqualTo("2 December 2026, 12:30");
        assertThat(MailTexts.in("fr").dateTime(NOON)).isEqualTo("2 décembre 2026 à 12:30");
    }

    @Test
    void shouldSpeakEnglishToALanguageWithoutTexts() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(MailTexts.in("de").language()).isEqualTo("en");
            assertThat(MailTexts.in("de").text("test.subject")).isEqualTo("ExtraMile test mail");
            assertThat(MailTexts.in(null).language()).isEqualTo("en");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldKeepTheApostrophesThatMessageFormatWouldTakeForQuotes() {
        assertThat(MailTexts.in("en").text("certificate.expiring.body", "Ann", "S-1", "Essentials", "1 May", "u"))
                .contains("pass the program’s scenarios");
        assertThat(MailTexts.in("fr").text("password.invitation.body", "Ann", "Org", "ann", "1 mai", "l", "b"))
                .contains("Votre nom d’utilisateur est ann.", "jusqu’au 1 mai");
    }

    private static Set<String> keys(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.extramile.mail.mails",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet());
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("A\\d").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
