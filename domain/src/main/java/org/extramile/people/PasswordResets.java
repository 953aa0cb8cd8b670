package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.mail.MailSettings;
import org.extramile.mail.Outbox;
import org.extramile.shared.PublicAddress;

/**
 * "Forgot your password?": a person gives their username or email address and, where mail is set up, the account's
 * address is mailed a link to choose a new password. The answer is the same whether an account matched or not, so
 * the form tells nobody who has an account.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    /** At most one link per account in this time, however often the form is sent: nobody can flood an inbox. */
    static final Duration QUIET = Duration.ofMinutes(5);

    private static final int MAX_KEY = 320;

    @Inject
    EntityManager em;

    @Inject
    PasswordLinks links;

    @Inject
    MailSettings mail;

    @Inject
    Outbox outbox;

    @Inject
    PublicAddress publicAddress;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** How long a reset link works: time to read one's mail, and no longer a stolen inbox's chance. */
    @Inject
    @ConfigProperty(name = "extramile.people.reset-link-minutes", defaultValue = "60")
    int minutes;

    /** Whether a person can ask for a link at all: only where mail is set up. */
    public boolean available() {
        return mail.enabled();
    }

    public int minutes() {
        return Math.max(5, minutes);
    }

    /** Mails a link to every active account with this username or email address that has an address; tells nothing. */
    public void request(String usernameOrEmail) {
        if (!available()
                || usernameOrEmail == null
                || usernameOrEmail.isBlank()
                || usernameOrEmail.length() > MAX_KEY) {
            return;
        }
        Instant now = clock.instant();
        em.createQuery(
                        "select a from Account a where a.active = true"
                                + " and (lower(a.username) = :key or lower(a.email) = :key)",
                        Account.class)
                .setParameter("key", usernameOrEmail.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(account -> account.email().isPresent())
                .filter(account -> !links.issuedSince(account, PasswordLink.Purpose.RESET, now.minus(QUIET)))
                .forEach(account -> {
                    Instant expires = now.plus(Duration.ofMinutes(minutes()));
                    String token = links.issue(account, PasswordLink.Purpose.RESET, expires);
                    outbox.queue(PasswordLinkMail.reset(
                            mail.texts(account.language()),
                            account.email().orElseThrow(),
                            account,
                            publicAddress.base(),
                            token,
                            expires));
                    audit.record(
                            account.username(),
                            AuditAction.PASSWORD_RESET_LINK,
                            Map.of("username", account.username()),
                            1);
                });
    }
}
