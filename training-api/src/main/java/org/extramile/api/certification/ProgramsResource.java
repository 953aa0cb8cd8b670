package org.extramile.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.certification.ProgramDefinition;
import org.extramile.certification.ProgramView;
import org.extramile.certification.Programs;
import org.extramile.records.DeadlineChange;
import org.extramile.records.LateTrainees;

@Path("programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Sets of scenarios that earn a certificate.")
public class ProgramsResource {

    @Inject
    Programs programs;

    @Inject
    LateTrainees lateTrainees;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every program.")
    public List<ProgramView> list() {
        return programs.all();
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(summary = "One program: also the achievement a credential names, so it is public.")
    public ProgramView get(@PathParam("slug") String slug) {
        return programs.get(slug);
    }

    @GET
    @Path("{slug}/issuer")
    @PermitAll
    @Operation(summary = "The issuer's Open Badges profile named by the program's credentials.")
    public Map<String, Object> issuer(@PathParam("slug") String slug, @Context UriInfo uri) {
        ProgramView program = programs.get(slug);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put(
                "@context",
                List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        profile.put("id", uri.getAbsolutePath().toString());
        profile.put("type", List.of("Profile"));
        profile.put("name", program.issuer().name());
        profile.put("url", program.issuer().url());
        return profile;
    }

    @GET
    @Path("{slug}/deadline-change")
    @RolesAllowed({"TRAINER", "HR", "ADMIN"})
    @Operation(
            summary = "What a new deadline would do today, before it is saved: ?dueDays=N (1 to 3650 days after hire;"
                    + " left out: no deadline) answers how many trainees are late now (lateNow) and would be with it"
                    + " (lateAfter). A changed deadline keeps counting from the day the program's deadline was"
                    + " introduced for those hired before, so a shorter one can make people late at once.")
    public DeadlineChange deadlineChange(@PathParam("slug") String slug, @QueryParam("dueDays") String dueDays) {
        Integer days = QueryParameters.integer("dueDays", dueDays);
        if (days != null && (days < 1 || days > ProgramDefinition.MAX_DUE_DAYS)) {
            throw QueryParameters.invalid(
                    "dueDays", "'dueDays' is 1 to " + ProgramDefinition.MAX_DUE_DAYS + ", or left out for none.");
        }
        return lateTrainees.ifDueIn(slug, days);
    }

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a program.")
    public Response create(
            @NotNull(message = "The body must be a program.") @Valid ProgramDefinition program, @Context UriInfo uri) {
        ProgramView created =
                programs.create(program, security.getUserPrincipal().getName());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a program: send the version you read; a stale one is refused with 409."
                    + " Certificates already issued keep what they certified.")
    public ProgramView update(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be the program with its version.") @Valid ProgramDefinition program) {
        return programs.update(slug, program, security.getUserPrincipal().getName());
    }
}
