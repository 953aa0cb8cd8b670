package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * password to a one-time one. Every change is audited with who made it; an edit that names an older version of the
 * account is refused, so two administrators never silently undo each other; {@link LockoutRules} keep the
 * installation administrable.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    OneTimePasswords oneTimePasswords;

    @Inject
    AuditLog audit;

    /** Accounts whose name, username, employee number or email contains {@code text}, optionally active or not. */
    public Page<AccountEntry> search(String text, Boolean active, PageRequest page) {
        Page<Account> found = accounts.search(text, null, active, page);
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
        account.deactivate();
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
     * Replaces the account's password with a one-time one, shown this once: the earlier password stops working and
     * the person chooses their own at their next login.
     */
    public Invitation resetPassword(String username, String by) {
        Account account = account(username);
        String password = oneTimePasswords.next();
        account.issueOneTimePassword(hashing.hash(password.toCharArray()));
        accounts.flush();
        audit.record(by, AuditAction.ACCOUNT_PASSWORD_RESET, details(account), 1);
        return new Invitation(account.employeeNumber().orElse(null), account.username(), password);
    }

    private long otherActiveAdmins(Account account) {
        return accounts.lockAndCountActiveWithRoleExcept(Role.ADMIN, account.username());
    }

    private Account account(String username, Long expectedVersion) {
        Account account = account(username);
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
