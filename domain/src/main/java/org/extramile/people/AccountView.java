package org.extramile.people;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;

/**
 * What the UI and the API show of an account; never the hash. {@code hasPassword} is false for an account that only
 * signs in through the identity provider (or was imported and has no one-time password yet).
 */
public record AccountView(String username, String displayName, Set<Role> roles, boolean hasPassword)
        implements Serializable {

    /** The role a person mostly acts in, for a header: the most powerful one held. */
    public Role mainRole() {
        return roles.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
