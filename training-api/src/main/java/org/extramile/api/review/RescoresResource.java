package org.extramile.api.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.attempt.review.RescoreView;
import org.extramile.attempt.review.Rescoring;

/** Rescoring a scenario's attempts with a newer rubric version, on purpose and audited. */
// The whole path at class level: JAX-RS never backtracks from ScenariosResource's "scenarios".
@Path("scenarios/{slug}/rescore")
@RequestScoped
@RolesAllowed({"TRAINER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class RescoresResource {

    @Inject
    Rescoring rescoring;

    @Context
    SecurityContext security;

    @PathParam("slug")
    String slug;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start scoring the scenario's completed attempts again with a published rubric version: 202 once"
                    + " it runs, with its address to follow it at (status, progress: answers scored of the total)."
                    + " Earlier cards stay in each turn's history. 409 while another rescore of the scenario runs.")
    public Response rescore(
            @NotNull(message = "The body must be {\"version\", \"reason\"}.") @Valid RescoreRequest request,
            @Context UriInfo uri) {
        RescoreView started = rescoring.start(
                slug,
                request.version(),
                request.reason(),
                security.getUserPrincipal().getName());
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder()
                        .path("scenarios/{slug}/rescore/{rescore}")
                        .build(slug, started.id()))
                .build();
    }

    @GET
    @Operation(summary = "The rescores of this scenario, oldest first: the one running, if any, is the last.")
    public List<RescoreView> history() {
        return rescoring.history(slug);
    }

    @GET
    @Path("{rescore}")
    @Operation(
            summary = "One rescore: RUNNING (progress: answers scored of the total; all scored means saving), DONE,"
                    + " FAILED (and why), or INTERRUPTED (its node stopped). Attempts are saved a hundred at a time:"
                    + " those saved before a failure keep their new scores, and a new rescore scores the rest.")
    public RescoreView one(@PathParam("rescore") long id) {
        return rescoring.find(slug, id);
    }
}
