package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Links that let a person choose their own password without anyone else ever seeing one: HR mails one instead of
 * handing over a one-time password, and a person who forgot theirs asks for one. The token (256 random bits) is only
 * in the mail; a newer link closes the older ones, and the person's current password, if any, works until the link is
 * used.
 */
@ApplicationScoped
@Transactional
public class PasswordLinks {

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    /** A new link for the account, working until {@code expires}: its token, for the mail. */
    String issue(Account account, PasswordLink.Purpose purpose, Instant expires) {
        Instant now = clock.instant();
        links(id(account)).stream().filter(link -> link.works(now)).forEach(link -> link.close(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new PasswordLink(id(account), purpose, sha256(token), now, expires));
        return token;
    }

    /** Whether a link of the account's still works (sent, not used, not expired). */
    boolean anyWorking(Account account) {
        Instant now = clock.instant();
        return links(id(account)).stream().anyMatch(link -> link.works(now));
    }

    /** Whether a link for this purpose was issued to the account since then. */
    boolean issuedSince(Account account, PasswordLink.Purpose purpose, Instant since) {
        return links(id(account)).stream()
                .anyMatch(link -> link.purpose() == purpose && !link.createdAt().isBefore(since));
    }

    /** Whose link this is and why, while it works; empty for a link that expired, was used, or never was. */
    public Optional<PasswordLinkView> holder(String token) {
        return working(token).map(link -> {
            Account account = em.find(Account.class, link.accountId());
            return new PasswordLinkView(account.username(), account.displayName(), link.purpose());
        });
    }

    private Long id(Account account) {
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(account);
    }

    /** The person sets their password through the link, which then works no more; their username, to log in. */
    public String choose(String token, String newPassword) {
        PasswordLink link = working(token)
                .orElseThrow(() -> new InvalidException(List.of(
                        new Violation("/token", "This link has expired, or was used already: ask HR for a new one."))));
        if (newPassword == null
                || newPassword.length() < PasswordChange.MIN_LENGTH
                || newPassword.length() > MAX_LENGTH) {
            throw new InvalidException(List.of(new Violation(
                    "/newPassword",
                    "A password has " + PasswordChange.MIN_LENGTH + " to " + MAX_LENGTH + " characters.")));
        }
        Account account = em.find(Account.class, link.accountId());
        PasswordStrength.refusal(
                        newPassword,
                        account.username(),
                        account.displayName(),
                        account.email().orElse(null))
                .ifPresent(why -> {
                    throw new InvalidException(List.of(new Violation("/newPassword", why)));
                });
        account.changePassword(hashing.hash(newPassword.toCharArray()));
        link.close(clock.instant());
        audit.record(
                account.username(),
                AuditAction.PASSWORD_CHANGE,
                Map.of(
                        "username",
                        account.username(),
                        "oneTime",
                        false,
                        "link",
                        link.purpose().name()),
                1);
        return account.username();
    }

    private Optional<PasswordLink> working(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select l from PasswordLink l where l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .filter(link -> link.works(clock.instant()))
                .filter(link -> em.find(Account.class, link.accountId()).isActive());
    }

    private List<PasswordLink> links(Long accountId) {
        return em.createQuery("select l from PasswordLink l where l.accountId = :account", PasswordLink.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
