package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

/**
 * An administrator's use cases on accounts: find them, change their roles, deactivate and reactivate them, reset a
 * password to a one-time one, link them to a person at the identity provider or unlink them. Every change is audited with who made it; an edit that names an older version of the
 * account is refused, so two administrators never silently undo each other; {@link LockoutRules} keep the
 * installation administrable.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    /** How long a link an administrator allows waits for the person's sign-in through the provider. */
    public static final Duration LINK_WINDOW = Duration.ofDays(7);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    OneTimePasswords oneTimePasswords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Accounts whose name, username, employee number or email contains {@code text}, optionally active or not. */
    public Page<AccountEntry> search(String text, Boolean active, PageRequest page) {
        Page<Account> found = accounts.search(text, null, active, null, page);
        return new Page<>(
                found.items().stream().map(AccountEntry::of).toList(), found.page(), found.size(), found.total());
    }

    public AccountEntry get(String username) {
        return AccountEntry.of(account(username));
    }

    /**
     * Gives the account exactly these roles. Takes effect on the account's next request (an API call or a new
     * login).
     */
    public AccountEntry assignRoles(String username, Set<Role> roles, Long expectedVersion, String by) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidException(
                    List.of(new Violation("/roles", "An account needs at least one role, e.g. [\"TRAINEE\"].")));
        }
        Account account = account(username, expectedVersion);
        Set<Role> before = account.roles();
        Set<Role> after = EnumSet.copyOf(roles);
        if (before.equals(after)) {
            return AccountEntry.of(account);
        }
        LockoutRules.checkRoles(by, account, after, otherActiveAdmins(account));
        account.assignRoles(after);
        accounts.flush();
        audit.record(by, AuditAction.ACCOUNT_ROLES, details(account, "from", before, "to", after), 1);
        return AccountEntry.of(account);
    }

    /** The account can no longer log in (its next request is refused); its records and certificates stay. */
    public AccountEntry deactivate(String username, Long expectedVersion, String by) {
        Account account = account(username, expectedVersion);
        if (!account.isActive()) {
            return AccountEntry.of(account);
        }
        LockoutRules.checkDeactivation(by, account, otherActiveAdmins(account));
        account.deactivate(clock.instant());
        accounts.flush();
        audit.record(by, AuditAction.ACCOUNT_DEACTIVATE, details(account), 1);
        return AccountEntry.of(account);
    }

    public AccountEntry reactivate(String username, Long expectedVersion, String by) {
        Account account = account(username, expectedVersion);
        if (account.isActive()) {
            return AccountEntry.of(account);
        }
        account.reactivate();
        accounts.flush();
        audit.record(by, AuditAction.ACCOUNT_REACTIVATE, details(account), 1);
        return AccountEntry.of(account);
    }

    /**
     * Lets the next sign-in through the identity provider whose username is this account's bind the account to that
     * person, for {@link #LINK_WINDOW}: for an account that exists before its person first signs in there (a password
     * account, or one created before V10), which single sign-on otherwise refuses. Allowing it again moves the end.
     *
     * @throws ConflictException when the account is already bound to someone at the provider: unlink it first
     */
    public AccountEntry allowProviderLink(String username, Long expectedVersion, String by) {
        Account account = account(username, expectedVersion);
        if (account.providerSubject().isPresent()) {
            throw new ConflictException("The account '" + username + "' is already linked to a person at the identity"
                    + " provider. Unlink it first if it must be linked to someone else.");
        }
        Instant until = clock.instant().plus(LINK_WINDOW).truncatedTo(ChronoUnit.SECONDS);
        account.allowLinkUntil(until);
        accounts.flush();
        audit.record(by, AuditAction.SSO_LINK_ALLOWED, details(account, "until", until), 1);
        return AccountEntry.of(account);
    }

    /**
     * The account is no longer anyone's at the identity provider, and a link allowed and not yet used is withdrawn:
     * the next sign-in there with its username is refused until a link is allowed again. Its records stay.
     *
     * @throws ConflictException for the caller's own account, whose next sign-in through the provider would be refused
     */
    public AccountEntry unlinkProvider(String username, Long expectedVersion, String by) {
        Account account = account(username, expectedVersion);
        Optional<ProviderSubject> bound = account.providerSubject();
        if (bound.isEmpty() && account.providerLinkUntil().isEmpty()) {
            return AccountEntry.of(account);
        }
        if (account.username().equals(by) && bound.isPresent()) {
            throw new LockoutException(
                    LockoutException.Rule.OWN_PROVIDER_LINK,
                    "You cannot unlink your own account: your next sign-in through the identity provider would be"
                            + " refused. Ask another administrator.");
        }
        account.unbind();
        accounts.flush();
        Map<String, Object> details = details(account);
        bound.ifPresent(subject -> {
            details.put("issuer", subject.issuer());
            details.put("subject", subject.subject());
        });
        audit.record(by, AuditAction.SSO_UNLINKED, details, 1);
        return AccountEntry.of(account);
    }

    /**
     * Replaces the account's password with a one-time one, shown this once: the earlier password stops working and
     * the person chooses their own at their next login.
     */
    public Invitation resetPassword(String username, String by) {
        Account account = account(username, null);
        String password = oneTimePasswords.next();
        Instant expires = oneTimePasswords.expiry();
        account.issueOneTimePassword(hashing.hash(password.toCharArray()), expires);
        accounts.flush();
        audit.record(by, AuditAction.ACCOUNT_PASSWORD_RESET, details(account), 1);
        return new Invitation(account.employeeNumber().orElse(null), account.username(), password, expires);
    }

    private long otherActiveAdmins(Account account) {
        return accounts.lockAndCountActiveWithRoleExcept(Role.ADMIN, account.username());
    }

    /** The account to change: never an erased person's, which would give someone their results and history. */
    private Account account(String username, Long expectedVersion) {
        Account account = account(username);
        if (account.isErased()) {
            throw new ConflictException("The account '" + username + "' is what is left of a person whose personal"
                    + " data was erased: it keeps their results in the figures and can never be used again. If they"
                    + " come back, enrol them anew.");
        }
        if (expectedVersion != null && expectedVersion != account.version()) {
            throw new ConflictException("Someone changed the account '" + username + "' since you opened it (you"
                    + " edited version " + expectedVersion + ", it is now at " + account.version()
                    + "): reload it and apply your change again.");
        }
        return account;
    }

    private Account account(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
    }

    private static Map<String, Object> details(Account account, Object... more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", account.username());
        for (int i = 0; i < more.length; i += 2) {
            details.put((String) more[i], more[i + 1].toString());
        }
        return details;
    }
}
