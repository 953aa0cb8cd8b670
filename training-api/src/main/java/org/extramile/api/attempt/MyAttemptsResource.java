package org.extramile.api.attempt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.attempt.MyAttempts;
import org.extramile.attempt.RolePlay;

/** The caller's own attempts: to resume one in progress and to see how they did over time. */
@Path("me/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attempts")
public class MyAttemptsResource {

    @Inject
    RolePlay rolePlay;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Your attempts, newest first (in progress, completed, abandoned), and per scenario the"
                    + " first, best and latest share.")
    public MyAttempts mine() {
        return rolePlay.mine(Callers.name(security));
    }
}
