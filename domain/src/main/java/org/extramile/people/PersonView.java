package org.extramile.people;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person as HR sees them; never the password. {@code passwordSet} is false for someone imported
 * from a roster who has no one-time password yet; {@code mustChangePassword} while they still log in
 * with the one-time password, which works until {@code oneTimePasswordExpires}.
 */
public record PersonView(
        String employeeNumber,
        String username,
        String name,
        String email,
        String branch,
        LocalDate hireDate,
        Set<Role> roles,
        boolean active,
        boolean passwordSet,
        boolean mustChangePassword,
        Instant oneTimePasswordExpires,
        /** The language their mail speaks: the one they last used the pages in, or HR's; null: the installation's. */
        String language,
        /** Since when the person has been inactive (they left), if they are. */
        Instant leftAt,
        /** When the person was erased, if they were: nothing but their pseudonym (the username) is left of them. */
        Instant erasedAt,
        /** What a change sends back, so that two officers editing the same person conflict (409). */
        long version)
        implements Serializable {

    public boolean erased() {
        return erasedAt != null;
    }

    public PasswordState passwordState(Instant now) {
        return PasswordState.at(now, mustChangePassword, oneTimePasswordExpires);
    }
}
