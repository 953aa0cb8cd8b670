package org.extramile.people;

import java.util.Objects;
import java.util.Set;

/**
 * What the organisation's identity provider (OpenID Connect single sign-on) says of the person who just signed in
 * through it: who they are there for good (issuer and subject), the username it gives them now, their name and email
 * if it tells, their groups there and the ExtraMile roles those groups map to.
 */
public record ProviderIdentity(
        ProviderSubject subject, String username, String name, String email, Set<String> groups, Set<Role> roles) {

    public ProviderIdentity {
        Objects.requireNonNull(subject, "subject");
        groups = Set.copyOf(groups);
        roles = Set.copyOf(roles);
    }
}
