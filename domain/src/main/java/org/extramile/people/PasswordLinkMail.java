package org.extramile.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.extramile.mail.Mail;

/** The mails that carry a link to choose a password: HR's invitation, and the reset a person asked for. */
final class PasswordLinkMail {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private PasswordLinkMail() {}

    static Mail invitation(
            String address, Account account, String organisation, String base, String token, Instant expires) {
        return new Mail(
                address,
                "Choose your ExtraMile password",
                "Hello " + account.displayName() + ",\n\n"
                        + organisation + " has opened a training account for you on ExtraMile. Your username is "
                        + account.username() + ".\n\n"
                        + "Choose your password here (the link works once, until " + WHEN.format(expires) + "):\n"
                        + link(base, token) + "\n\n"
                        + "Then log in at " + base + "/login.xhtml and start with the scenarios.\n\n"
                        + "If you did not expect this mail, ignore it: nothing changes until the link is used.\n");
    }

    static Mail reset(String address, Account account, String base, String token, Instant expires) {
        return new Mail(
                address,
                "Choose a new ExtraMile password",
                "Hello " + account.displayName() + ",\n\n"
                        + "Someone, we hope you, asked for a new password for your ExtraMile account "
                        + account.username() + ".\n\n"
                        + "Choose one here (the link works once, until " + WHEN.format(expires) + "):\n"
                        + link(base, token) + "\n\n"
                        + "If you did not ask, ignore this mail: your password stays as it is.\n");
    }

    private static String link(String base, String token) {
        return base + "/welcome.xhtml?token=" + token;
    }
}
