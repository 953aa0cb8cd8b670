package org.extramile.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * An account as an administrator manages it: who it is, its roles, whether it may log in, whether it is bound to a
 * person at the identity provider (or until when a sign-in there may bind it), and the version an edit must name.
 * {@code employeeNumber} is null for staff accounts; never the password.
 */
public record AccountEntry(
        String username,
        String name,
        String employeeNumber,
        Set<Role> roles,
        boolean active,
        boolean passwordSet,
        boolean mustChangePassword,
        boolean providerLinked,
        Instant providerLinkUntil,
        /** When the person was erased, if they were: the account keeps their results and changes no more. */
        Instant erasedAt,
        long version)
        implements Serializable {

    static AccountEntry of(Account account) {
        PersonView person = account.person();
        return new AccountEntry(
                account.username(),
                account.displayName(),
                person.employeeNumber(),
                account.roles(),
                account.isActive(),
                person.passwordSet(),
                person.mustChangePassword(),
                account.providerSubject().isPresent(),
                account.providerLinkUntil().orElse(null),
                account.erasedAt().orElse(null),
                account.version());
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
