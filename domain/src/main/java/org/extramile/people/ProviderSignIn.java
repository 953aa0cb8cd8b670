package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;

/**
 * A person signed in through the organisation's identity provider: their ExtraMile account is the one bound to who
 * they are there (issuer and subject of the ID token), whatever username the provider gives them now; on their first
 * sign-in a new account takes the provider's username and is bound to them. Its roles are the ones their provider
 * groups map to, set again at every sign-in. An email is never used to match, since providers let people change it.
 */
@ApplicationScoped
public class ProviderSignIn {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /*
     * Off by default: a username is all that ties an existing account to someone at the provider, and taking over an
     * account (its records, certificates, maybe ADMIN) on the strength of a claim the provider may reassign is the
     * takeover that binding to the subject prevents. An administrator who knows the usernames match turns it on while
     * the people of existing accounts sign in once, and off again.
     */
    @Inject
    @ConfigProperty(name = "extramile.oidc.link-existing-by-username", defaultValue = "false")
    boolean linkExistingByUsername;

    /**
     * The account the person acts as from now on, with the roles their groups give them. A refusal is audited and
     * changes nothing else: every check comes before the first change.
     *
     * @throws SignInRefused when no group maps to a role, the account is deactivated, no account is bound to the
     *     person and their username is not one ExtraMile accepts or is another account's, or the change would leave
     *     the installation without an active administrator
     */
    @Transactional(dontRollbackOn = SignInRefused.class)
    public AccountView signIn(ProviderIdentity identity) {
        try {
            return signInOrRefuse(identity);
        } catch (SignInRefused refused) {
            Map<String, Object> details = details(normalised(identity), identity);
            details.put("reason", refused.reason().name());
            audit.record(actor(identity), AuditAction.SSO_REFUSED, details, 0);
            throw refused;
        }
    }

    private AccountView signInOrRefuse(ProviderIdentity identity) {
        if (identity.roles().isEmpty()) {
            throw new SignInRefused(
                    SignInRefused.Reason.NO_ROLE,
                    "None of the groups of '" + identity.username() + "' at the identity provider maps to a role: "
                            + new TreeSet<>(identity.groups()));
        }
        Set<Role> roles = EnumSet.copyOf(identity.roles());
        Optional<Account> bound = accounts.findByProviderSubject(identity.subject());
        if (bound.isPresent()) {
            // The ExtraMile username stays what records, certificates and the audit log name, even if the provider's
            // username changed since.
            return update(bound.get(), identity, roles, false);
        }
        String username = usableUsername(identity);
        Optional<Account> toLink =
                accountToLink(accounts.findByUsername(username), linkExistingByUsername, clock.instant());
        if (toLink.isPresent()) {
            return update(toLink.get(), identity, roles, true);
        }
        Account account = Account.signedUpAtProvider(
                username, identity.subject(), displayName(identity, username), email(identity), roles, clock.instant());
        accounts.add(account);
        accounts.flush();
        Map<String, Object> details = details(username, identity);
        details.put("to", roles.toString());
        audit.record(username, AuditAction.SSO_ACCOUNT_CREATED, details, 1);
        return account.view();
    }

    /**
     * The existing account a person whose identity no account is bound to signs in as: none when nobody has their
     * username (a new account is created); the account with their username only if it was never bound to anyone at
     * the provider and an administrator allowed linking it, for a time not yet over, or configuration allows linking
     * by username.
     *
     * @throws SignInRefused when the username is another account's that must not be taken over
     */
    static Optional<Account> accountToLink(
            Optional<Account> sameUsername, boolean linkExistingByUsername, Instant now) {
        if (sameUsername.isEmpty()) {
            return Optional.empty();
        }
        Account account = sameUsername.get();
        if (account.providerSubject().isPresent()) {
            throw new SignInRefused(
                    SignInRefused.Reason.USERNAME_TAKEN,
                    "The account '" + account.username() + "' belongs to someone else at the identity provider.");
        }
        boolean allowed = account.providerLinkUntil().filter(now::isBefore).isPresent();
        if (!linkExistingByUsername && !allowed) {
            throw new SignInRefused(
                    SignInRefused.Reason.ACCOUNT_NOT_LINKED,
                    "The account '" + account.username() + "' exists and is not linked to the identity provider.");
        }
        return sameUsername;
    }

    private AccountView update(Account account, ProviderIdentity identity, Set<Role> roles, boolean link) {
        String username = account.username();
        if (!account.isActive()) {
            throw new SignInRefused(SignInRefused.Reason.DEACTIVATED, "The account '" + username + "' is deactivated.");
        }
        Set<Role> before = account.roles();
        boolean rolesChange = !before.equals(roles);
        if (rolesChange) {
            try {
                // The provider, not the person, takes the role: only the last-administrator rule applies.
                LockoutRules.checkRoles(
                        "", account, roles, accounts.lockAndCountActiveWithRoleExcept(Role.ADMIN, username));
            } catch (LockoutException lastAdministrator) {
                throw new SignInRefused(SignInRefused.Reason.LAST_ADMINISTRATOR, lastAdministrator.getMessage());
            }
        }
        if (link) {
            account.bindTo(identity.subject());
        }
        if (rolesChange) {
            account.assignRoles(roles);
        }
        accounts.flush();
        if (link) {
            audit.record(username, AuditAction.SSO_ACCOUNT_LINKED, details(username, identity), 1);
        }
        if (rolesChange) {
            Map<String, Object> details = details(username, identity);
            details.put("from", before.toString());
            details.put("to", roles.toString());
            audit.record(username, AuditAction.SSO_ROLES, details, 1);
        }
        return account.view();
    }

    private static String usableUsername(ProviderIdentity identity) {
        String username = normalised(identity);
        if (!Account.USERNAME.matcher(username).matches()) {
            throw new SignInRefused(
                    SignInRefused.Reason.UNUSABLE_USERNAME,
                    "The identity provider's username '" + identity.username() + "' is not an ExtraMile username.");
        }
        return username;
    }

    private static String normalised(ProviderIdentity identity) {
        return identity.username() == null ? "" : identity.username().strip().toLowerCase(Locale.ROOT);
    }

    /** Who a refusal is audited as: the provider's username (cut to the audit log's 64), else the subject. */
    private static String actor(ProviderIdentity identity) {
        String username = normalised(identity);
        String actor = username.isEmpty() ? identity.subject().subject() : username;
        return actor.substring(0, Math.min(actor.length(), 64));
    }

    private static String displayName(ProviderIdentity identity, String username) {
        String name = identity.name();
        return name == null || name.isBlank() || name.strip().length() > 200 ? username : name.strip();
    }

    private static String email(ProviderIdentity identity) {
        String email = identity.email();
        return email == null || email.isBlank() || email.strip().length() > 254 ? null : email.strip();
    }

    /** An audit entry's details: the ExtraMile username, the provider's if it differs, and the provider identity. */
    private static Map<String, Object> details(String username, ProviderIdentity identity) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", username);
        if (!username.equals(normalised(identity))) {
            details.put("providerUsername", String.valueOf(identity.username()));
        }
        details.put("issuer", identity.subject().issuer());
        details.put("subject", identity.subject().subject());
        // Bounded: a provider may put hundreds of groups in a token, the audit row holds 20,000 characters.
        details.put(
                "groups", new TreeSet<>(identity.groups()).stream().limit(50).toList());
        return details;
    }
}
