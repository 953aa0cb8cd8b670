package org.extramile.api.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.attempt.review.FollowedScenarios;
import org.extramile.scenario.ScenarioSummary;

/** The scenarios the caller looks after: their review digest counts those only, the queue can show those only. */
@Path("me/scenarios")
@RequestScoped
@RolesAllowed({"TRAINER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class FollowedScenariosResource {

    @Inject
    FollowedScenarios followed;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "The scenarios you follow, by title: your review digest counts the answers waiting in those"
                    + " only (in every scenario while you follow none).")
    public List<ScenarioSummary> followed() {
        return followed.of(caller());
    }

    @PUT
    @Path("{slug}")
    @Operation(
            summary = "Follow a scenario (again: nothing changes); answers the scenarios you follow. 404: no such"
                    + " scenario.")
    public List<ScenarioSummary> follow(@PathParam("slug") String slug) {
        return followed.follow(caller(), slug);
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Stop following a scenario; answers the scenarios you still follow. 404: no such scenario.")
    public List<ScenarioSummary> unfollow(@PathParam("slug") String slug) {
        return followed.unfollow(caller(), slug);
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
