package org.extramile.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the mail ExtraMile sends, in one of the languages its pages speak: the bundle
 * {@code org.extramile.mail.mails}, English by default.
 */
public final class MailTexts {

    /** The languages with a complete bundle; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final Locale locale;
    private final ResourceBundle bundle;

    private MailTexts(Locale locale) {
        this.locale = locale;
        // Without this, a language with no bundle would take the JVM's default locale's, not English.
        this.bundle = ResourceBundle.getBundle(
                "org.extramile.mail.mails",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in {@code language} (a tag: {@code en}, {@code fr}), or in English for any other. */
    public static MailTexts in(String language) {
        return new MailTexts(Locale.forLanguageTag(supported(language) ? language : LANGUAGES.get(0)));
    }

    public static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public String language() {
        return locale.getLanguage();
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A day, as the mail's reader writes one ("2 December 2026", "2 décembre 2026"). */
    public String date(Instant at) {
        return format("date", at);
    }

    /** A calendar day, such as a deadline. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(bundle.getString("date"), locale).format(day);
    }

    /** A day and a time, in the server's time zone. */
    public String dateTime(Instant at) {
        return format("dateTime", at);
    }

    private String format(String pattern, Instant at) {
        return DateTimeFormatter.ofPattern(bundle.getString(pattern), locale)
                .withZone(ZoneId.systemDefault())
                .format(at);
    }
}
