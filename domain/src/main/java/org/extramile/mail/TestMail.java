package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * A mail sent at once, past the outbox, so that an administrator setting up {@code extramile.mail.*} learns in seconds
 * whether the server takes mail, and if not, the server's own words.
 */
@ApplicationScoped
public class TestMail {

    private static final Logger LOG = Logger.getLogger(TestMail.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public TestMailOutcome send(String to, String requestedBy) {
        if (!settings.enabled()) {
            throw new ConflictException("Mail is off: set extramile.mail.host (and the other extramile.mail.*"
                    + " settings, see docs/deployment.md) and restart, then send a test mail.");
        }
        String address = valid(to);
        MailTexts texts = settings.texts(Optional.empty());
        Mail mail = new Mail(
                address,
                texts.text("test.subject"),
                texts.text("test.body", requestedBy, settings.server(), settings.security(), settings.from()));
        Session session = settings.session();
        try (Transport transport = session.getTransport()) {
            settings.connect(transport);
            MimeMessage message = settings.message(session, mail, clock.instant());
            transport.sendMessage(message, message.getAllRecipients());
            LOG.info(() -> "Test mail to " + address + " accepted by " + settings.server());
            return audited(new TestMailOutcome(address, settings.server(), true, null), requestedBy);
        } catch (MessagingException e) {
            String error = MailDeliveries.describe(e);
            LOG.warning(() -> "Test mail to " + address + " through " + settings.server() + ": " + error);
            return audited(new TestMailOutcome(address, settings.server(), false, error), requestedBy);
        }
    }

    /** The installation's server mails any address an administrator types: who did, to whom, is kept. */
    private TestMailOutcome audited(TestMailOutcome outcome, String by) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", outcome.to());
        details.put("server", outcome.server());
        details.put("accepted", outcome.accepted());
        if (outcome.error() != null) {
            details.put("error", outcome.error());
        }
        audit.record(by, AuditAction.MAIL_TEST, details, outcome.accepted() ? 1 : 0);
        return outcome;
    }

    private static String valid(String to) {
        if (to == null || to.isBlank()) {
            throw invalid("Give the address to send the test mail to.");
        }
        try {
            InternetAddress address = new InternetAddress(to.strip(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            throw invalid("'" + to.strip() + "' is not an email address.");
        }
    }

    private static InvalidException invalid(String message) {
        return new InvalidException(List.of(new Violation("/to", message)));
    }
}
