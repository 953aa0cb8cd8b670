package org.extramile.api.attempt;

import jakarta.ws.rs.core.SecurityContext;
import org.extramile.attempt.Caller;

/** Who is calling, as the attempt resources need it. */
final class Callers {

    static final String TRAINER = "TRAINER";
    static final String ADMIN = "ADMIN";

    private Callers() {}

    static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** Trainers and admins read every attempt (to review it); anyone else only their own. */
    static Caller of(SecurityContext security) {
        return new Caller(name(security), security.isUserInRole(TRAINER) || security.isUserInRole(ADMIN));
    }
}
