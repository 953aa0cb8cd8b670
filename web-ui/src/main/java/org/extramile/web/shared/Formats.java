package org.extramile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.extramile.people.Account;

/** Shares, dates, times and names written the way the page's language writes them; a dash for what is absent. */
@Named
@ApplicationScoped
public class Formats {

    static final String ABSENT = "\u2014";

    /** A person's name as a record holds it; an erased person's in the page's language. */
    public String person(String name) {
        return Account.ERASED.equals(name) ? Texts.text("people.erased") : name;
    }

    /** A language by its name in the page's language ("French", "français"), from its BCP 47 tag ("fr"). */
    public String language(String tag) {
        if (tag == null) {
            return ABSENT;
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Texts.locale());
        return name.isEmpty() || name.equals(tag) ? Texts.text("language.other") : name;
    }

    /** A share (0 to 1) as a whole percentage. */
    public String percent(Double share) {
        if (share == null) {
            return ABSENT;
        }
        NumberFormat format = NumberFormat.getPercentInstance(Texts.locale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    public String date(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A calendar day (a hire date, a deadline), as the page's language writes it. */
    public String day(LocalDate day) {
        return day == null
                ? ABSENT
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Texts.locale())
                        .format(day);
    }

    public String dateTime(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    private static String format(Instant at, DateTimeFormatter format) {
        return at == null
                ? ABSENT
                : format.withLocale(Texts.locale())
                        .withZone(ZoneId.systemDefault())
                        .format(at);
    }
}
