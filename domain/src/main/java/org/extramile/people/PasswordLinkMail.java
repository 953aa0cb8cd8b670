package org.extramile.people;

import java.time.Instant;
import org.extramile.mail.Mail;
import org.extramile.mail.MailTexts;

/**
 * The mails that carry a link to choose a password: HR's invitation, and the reset a person asked for; in the
 * language of {@code texts}.
 */
final class PasswordLinkMail {

    private PasswordLinkMail() {}

    static Mail invitation(
            MailTexts texts,
            String address,
            Account account,
            String organisation,
            String base,
            String token,
            Instant expires) {
        return new Mail(
                address,
                texts.text("password.invitation.subject"),
                texts.text(
                        "password.invitation.body",
                        account.displayName(),
                        organisation,
                        account.username(),
                        texts.dateTime(expires),
                        link(base, token),
                        base));
    }

    static Mail reset(MailTexts texts, String address, Account account, String base, String token, Instant expires) {
        return new Mail(
                address,
                texts.text("password.reset.subject"),
                texts.text(
                        "password.reset.body",
                        account.displayName(),
                        account.username(),
                        texts.dateTime(expires),
                        link(base, token)));
    }

    private static String link(String base, String token) {
        return base + "/welcome.xhtml?token=" + token;
    }
}
