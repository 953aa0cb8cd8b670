package org.extramile.api.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.certification.DeadlineExtensions;
import org.extramile.certification.DeadlineView;
import org.extramile.certification.ExtensionRequest;
import org.extramile.people.People;

/** A trainee's program deadlines, and HR moving one later for them. */
@Path("people/{employeeNumber}/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Callers.HR, Callers.ADMIN})
@Tag(name = "People")
public class DeadlinesResource {

    @Inject
    People people;

    @Inject
    DeadlineExtensions extensions;

    @Context
    SecurityContext security;

    @PathParam("employeeNumber")
    String employeeNumber;

    @GET
    @Operation(
            summary = "The person's deadlines that still apply (programs with one they have never earned), soonest"
                    + " first: the day counted from their hire date, the day that holds, whether it has passed, and"
                    + " HR's extension if any.")
    public List<DeadlineView> list() {
        return extensions.of(username());
    }

    @PUT
    @Path("{program}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Extend the deadline: {dueBy, reason, version} (version: the extension's, left out for a new"
                    + " one). dueBy must be after the deadline counted from the hire date; 409 if the extension"
                    + " changed since you saw it, or the program asks no deadline of this person. Audited.")
    public DeadlineView extend(@PathParam("program") String program, ExtensionRequest request) {
        return extensions.extend(
                username(), program, request, Callers.actor(security).username());
    }

    @DELETE
    @Path("{program}")
    @Operation(
            summary = "Withdraw the extension (?version= the one you saw): the deadline counted from the hire date"
                    + " holds again. Audited.")
    public DeadlineView withdraw(@PathParam("program") String program, @QueryParam("version") String version) {
        Integer seen = QueryParameters.integer("version", version);
        return extensions.withdraw(
                username(),
                program,
                seen == null ? null : seen.longValue(),
                Callers.actor(security).username());
    }

    private String username() {
        return people.get(employeeNumber).username();
    }
}
