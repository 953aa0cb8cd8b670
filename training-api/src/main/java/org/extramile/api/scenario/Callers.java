package org.extramile.api.scenario;

import jakarta.ws.rs.core.SecurityContext;

/** Who is calling, as the scenario resources need it. */
final class Callers {

    static final String TRAINER = "TRAINER";
    static final String ADMIN = "ADMIN";

    private Callers() {}

    static boolean isAuthor(SecurityContext security) {
        return security.isUserInRole(TRAINER) || security.isUserInRole(ADMIN);
    }

    static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
