package org.extramile.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.extramile.mail.Mail;

/** The mail that invites a person to choose their password: who invites them, their username, the link and its end. */
final class InvitationMail {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private InvitationMail() {}

    static Mail to(String address, Account account, String organisation, String base, String token, Instant expires) {
        return new Mail(
                address,
                "Choose your password for " + organisation + " training",
                "Hello " + account.displayName() + ",\n\n"
                        + organisation + " has opened a training account for you on ExtraMile. Your username is "
                        + account.username() + ".\n\n"
                        + "Choose your password here (the link works once, until " + WHEN.format(expires) + "):\n"
                        + base + "/welcome.xhtml?token=" + token + "\n\n"
                        + "Then log in at " + base + "/login.xhtml and start with the scenarios.\n\n"
                        + "If you did not expect this mail, ignore it: nothing changes until the link is used.\n");
    }
}
