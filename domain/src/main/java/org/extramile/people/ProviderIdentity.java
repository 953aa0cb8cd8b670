package org.extramile.people;

import java.util.Set;

/**
 * What the organisation's identity provider (OpenID Connect single sign-on) says of the person who just signed in
 * through it: the username it gives them, their name and email if it tells, their groups there and the ExtraMile
 * roles those groups map to.
 */
public record ProviderIdentity(String username, String name, String email, Set<String> groups, Set<Role> roles) {

    public ProviderIdentity {
        groups = Set.copyOf(groups);
        roles = Set.copyOf(roles);
    }
}
