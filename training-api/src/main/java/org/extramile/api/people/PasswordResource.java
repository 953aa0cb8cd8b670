package org.extramile.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.people.PasswordChange;
import org.extramile.people.People;

/** Its own class with the full path: other features add their own resources under /me. */
@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PasswordResource {

    @Inject
    People people;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace your password: {currentPassword, newPassword}, the new one 12 characters or more."
                    + " This is how a one-time password is replaced.")
    public Response change(PasswordChange change) {
        people.changePassword(security.getUserPrincipal().getName(), change);
        return Response.noContent().build();
    }
}
