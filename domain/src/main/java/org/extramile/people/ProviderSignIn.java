package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;

/**
 * A person signed in through the organisation's identity provider: their ExtraMile account is the one with the
 * provider's username (created on their first sign-in), and its roles are the ones their provider groups map to,
 * set again at every sign-in. The provider is trusted to keep usernames unique and to vouch for them; an email is
 * never used to match, since providers let people change theirs.
 */
@ApplicationScoped
public class ProviderSignIn {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The account the person acts as from now on, with the roles their groups give them.
     *
     * @throws SignInRefused when no group maps to a role, the account is deactivated, the username is not one
     *     ExtraMile accepts, or the change would leave the installation without an active administrator
     */
    @Transactional
    public AccountView signIn(ProviderIdentity identity) {
        String username =
                identity.username() == null ? "" : identity.username().strip().toLowerCase(Locale.ROOT);
        if (!Account.USERNAME.matcher(username).matches()) {
            throw new SignInRefused(
                    SignInRefused.Reason.UNUSABLE_USERNAME,
                    "The identity provider's username '" + identity.username() + "' is not an ExtraMile username.");
        }
        if (identity.roles().isEmpty()) {
            throw new SignInRefused(
                    SignInRefused.Reason.NO_ROLE,
                    "None of the groups of '" + username + "' at the identity provider maps to a role: "
                            + new TreeSet<>(identity.groups()));
        }
        Set<Role> roles = EnumSet.copyOf(identity.roles());
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            account = Account.signedUpAtProvider(
                    username, displayName(identity, username), email(identity), roles, clock.instant());
            accounts.add(account);
            accounts.flush();
            audit.record(username, AuditAction.SSO_ACCOUNT_CREATED, details(username, identity, null, roles), 1);
            return account.view();
        }
        if (!account.isActive()) {
            throw new SignInRefused(SignInRefused.Reason.DEACTIVATED, "The account '" + username + "' is deactivated.");
        }
        Set<Role> before = account.roles();
        if (!before.equals(roles)) {
            try {
                // The provider, not the person, takes the role: only the last-administrator rule applies.
                LockoutRules.checkRoles(
                        "", account, roles, accounts.lockAndCountActiveWithRoleExcept(Role.ADMIN, username));
            } catch (LockoutException lastAdministrator) {
                throw new SignInRefused(SignInRefused.Reason.LAST_ADMINISTRATOR, lastAdministrator.getMessage());
            }
            account.assignRoles(roles);
            accounts.flush();
            audit.record(username, AuditAction.SSO_ROLES, details(username, identity, before, roles), 1);
        }
        return account.view();
    }

    private static String displayName(ProviderIdentity identity, String username) {
        String name = identity.name();
        return name == null || name.isBlank() || name.strip().length() > 200 ? username : name.strip();
    }

    private static String email(ProviderIdentity identity) {
        String email = identity.email();
        return email == null || email.isBlank() || email.strip().length() > 254 ? null : email.strip();
    }

    private static Map<String, Object> details(
            String username, ProviderIdentity identity, Set<Role> before, Set<Role> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", username);
        // Bounded: a provider may put hundreds of groups in a token, the audit row holds 20,000 characters.
        details.put(
                "groups", new TreeSet<>(identity.groups()).stream().limit(50).toList());
        if (before != null) {
            details.put("from", before.toString());
        }
        details.put("to", after.toString());
        return details;
    }
}
