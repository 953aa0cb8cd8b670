package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.extramile.mail.Mail;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;

/**
 * What a holder is told by mail about their certificate: that it was issued, reissued or revoked, and that it expires
 * soon, in the
 * language they last used the pages in. Each mail carries the links it speaks of, so it is of use without logging in
 * first.
 */
@ApplicationScoped
public class CertificateMails {

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Links links;

    void issued(Account holder, Certificate certificate) {
        CertificateSnapshot s = certificate.snapshot();
        MailTexts texts = settings.texts(holder.language());
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        texts.text("certificate.issued.subject", s.programTitle()),
                        texts.text(
                                "certificate.issued.body",
                                s.holderName(),
                                s.programTitle(),
                                s.issuer().name(),
                                certificate.serial(),
                                date(texts, certificate.expiresAt()),
                                links.verification(certificate.serial()),
                                links.page("/certificates.xhtml")))));
    }

    /** HR reissued {@code replaced} as {@code certificate}, e.g. after correcting the holder's name. */
    void reissued(Account holder, Certificate certificate, String replaced) {
        CertificateSnapshot s = certificate.snapshot();
        MailTexts texts = settings.texts(holder.language());
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        texts.text("certificate.reissued.subject", s.programTitle()),
                        texts.text(
                                "certificate.reissued.body",
                                s.holderName(),
                                s.issuer().name(),
                                s.programTitle(),
                                replaced,
                                certificate.serial(),
                                date(texts, certificate.expiresAt()),
                                links.verification(certificate.serial()),
                                links.page("/certificates.xhtml")))));
    }

    /** HR revoked {@code certificate}: its holder hears it from us, not first from someone who checked it. */
    void revoked(Account holder, Certificate certificate, String reason) {
        CertificateSnapshot s = certificate.snapshot();
        MailTexts texts = settings.texts(holder.language());
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        texts.text("certificate.revoked.subject", s.programTitle()),
                        texts.text(
                                "certificate.revoked.body",
                                s.holderName(),
                                s.issuer().name(),
                                certificate.serial(),
                                s.programTitle(),
                                reason,
                                links.verification(certificate.serial())))));
    }

    /** Unless the holder turned reminders off: the notice on their pages tells them anyway. */
    void expiring(Account holder, Certificate certificate) {
        if (!holder.wantsExpiryReminders()) {
            return;
        }
        CertificateSnapshot s = certificate.snapshot();
        MailTexts texts = settings.texts(holder.language());
        String expires = date(texts, certificate.expiresAt());
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                                to,
                                texts.text("certificate.expiring.subject", s.programTitle(), expires),
                                texts.text(
                                        "certificate.expiring.body",
                                        s.holderName(),
                                        certificate.serial(),
                                        s.programTitle(),
                                        expires,
                                        links.page("/scenarios.xhtml"),
                                        links.page("/account.xhtml")))
                        .asBulk()));
    }

    private static String date(MailTexts texts, Instant at) {
        return at == null ? texts.text("certificate.noEnd") : texts.date(at);
    }
}
