package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One attempt at one mail, recorded in a transaction of its own: a mail that fails never undoes the record of one
 * sent before it. A crash between the server's acceptance and the commit sends that mail again at the next run, the
 * price of never losing one.
 */
@ApplicationScoped
public class MailDeliveries {

    private static final Logger LOG = Logger.getLogger(MailDeliveries.class.getName());

    /** What came of an attempt. */
    public enum Result {
        SENT,
        RETRY,
        GIVEN_UP,
        /** Sent or given up meanwhile (an administrator's run beside the timer's): nothing to do. */
        GONE
    }

    @Inject
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result send(long id, Session session, Transport transport) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null || !mail.waiting()) {
            return Result.GONE;
        }
        Instant now = clock.instant();
        try {
            MimeMessage message = settings.message(session, mail.mail(), now);
            transport.sendMessage(message, message.getAllRecipients());
            mail.sent(now);
            return Result.SENT;
        } catch (MessagingException e) {
            return failed(mail, now, describe(e), hopeless(e));
        }
    }

    /** The server could not be reached: the mail counts an attempt, so that an outage ends as any failure does. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result unreachable(long id, String error) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        return mail == null || !mail.waiting() ? Result.GONE : failed(mail, clock.instant(), error, false);
    }

    private static Result failed(OutgoingMail mail, Instant now, String error, boolean hopeless) {
        mail.failed(now, error, hopeless);
        LOG.warning(() -> "Mail " + mail.id() + " to " + mail.mail().to() + ", attempt " + mail.attempts() + ": "
                + error + (mail.givenUp() ? "; given up" : "; tried again from " + mail.nextAttemptAt()));
        return mail.givenUp() ? Result.GIVEN_UP : Result.RETRY;
    }

    /** An address that cannot be written or that the server refused for good: no later attempt can do better. */
    private static boolean hopeless(MessagingException e) {
        return e instanceof AddressException
                || (e instanceof SendFailedException refused
                        && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0);
    }

    static String describe(Exception e) {
        String message =
                e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ");
        return e.getClass().getSimpleName() + message;
    }
}
