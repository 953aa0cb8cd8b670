package org.extramile.api.scenario;

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
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.scenario.NewScenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;

@Path("scenarios")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios", description = "The role-plays and their authoring.")
public class ScenariosResource {

    private static final String[] AUTHORS = {"TRAINER", "ADMIN"};

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring authoring;

    @Context
    SecurityContext security;

    @GET
    @Timed(name = "scenarios.list", description = "Time to list the scenario catalogue.")
    @Operation(summary = "The scenarios you may see: published ones, and drafts too for trainers and admins.")
    public List<ScenarioSummary> list() {
        return catalogue.visibleTo(isAuthor());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One scenario by its slug.")
    public ScenarioSummary get(@PathParam("slug") String slug) {
        return catalogue.get(slug, isAuthor());
    }

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a new scenario as a draft.")
    public Response create(
            @NotNull(message = "The body must be a scenario: {\"slug\", \"title\", \"summary\"}.") @Valid
                    NewScenario scenario,
            @Context UriInfo uri) {
        ScenarioSummary created = authoring.create(scenario);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(created)
                .build();
    }

    private boolean isAuthor() {
        for (String role : AUTHORS) {
            if (security.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
