package org.extramile.api.people;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.extramile.people.Actor;
import org.extramile.people.Role;

/** Who is calling, as the people resources need it. */
final class Callers {

    static final String HR = "HR";
    static final String ADMIN = "ADMIN";

    private Callers() {}

    static Actor actor(SecurityContext security) {
        return new Actor(
                security.getUserPrincipal().getName(),
                Arrays.stream(Role.values())
                        .filter(role -> security.isUserInRole(role.name()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }
}
