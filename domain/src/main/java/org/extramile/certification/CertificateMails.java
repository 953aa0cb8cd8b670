package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.extramile.mail.Mail;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;

/**
 * What a holder is told by mail about their certificate: that it was issued, and that it expires soon. Each mail
 * carries the links it speaks of, so it is of use without logging in first. English, as accounts keep no language.
 */
@ApplicationScoped
public class CertificateMails {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    void issued(Account holder, Certificate certificate) {
        CertificateSnapshot s = certificate.snapshot();
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        "Your certificate: " + s.programTitle(),
                        "Hello " + s.holderName() + ",\n\n"
                                + "Congratulations: you passed every scenario of " + s.programTitle() + ", and "
                                + s.issuer().name() + " has issued your certificate.\n\n"
                                + "Serial: " + certificate.serial() + "\n"
                                + "Valid until: " + date(certificate.expiresAt()) + "\n"
                                + "Anyone can check it at " + links.verification(certificate.serial()) + "\n\n"
                                + "Its PDF and its signed credential are on your certificates page: "
                                + links.page("/certificates.xhtml") + "\n")));
    }

    void expiring(Account holder, Certificate certificate) {
        CertificateSnapshot s = certificate.snapshot();
        holder.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        "Your certificate " + s.programTitle() + " expires on " + date(certificate.expiresAt()),
                        "Hello " + s.holderName() + ",\n\n"
                                + "Your certificate " + certificate.serial() + " of " + s.programTitle()
                                + " expires on "
                                + date(certificate.expiresAt()) + ".\n\n"
                                + "To renew it, pass the program's scenarios again before then: "
                                + links.page("/scenarios.xhtml") + "\n")));
    }

    private static String date(Instant at) {
        return at == null ? "no end date" : DATE.format(at);
    }
}
