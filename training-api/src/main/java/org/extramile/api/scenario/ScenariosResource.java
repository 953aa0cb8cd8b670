package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.scenario.NewScenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioEdit;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.library.LibraryUpdate;
import org.extramile.scenario.library.LibraryUpdates;
import org.extramile.scenario.pack.ScenarioCopy;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scenario.pack.ScenarioPacks;

@Path("scenarios")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios", description = "The role-plays, their authoring, and scenario packs.")
public class ScenariosResource {

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring authoring;

    @Inject
    ScenarioPacks packs;

    @Inject
    LibraryUpdates libraryUpdates;

    @Context
    SecurityContext security;

    @GET
    @Timed(name = "scenarios.list", description = "Time to list the scenario catalogue.")
    @Operation(summary = "The scenarios you may see: published ones, and drafts too for trainers and admins.")
    public List<ScenarioSummary> list() {
        return catalogue.visibleTo(Callers.isAuthor(security));
    }

    @GET
    @Path("{slug}")
    @Operation(
            summary = "One scenario: the published script for a trainee; the script being edited, with its branches,"
                    + " for an author.")
    public ScenarioView get(@PathParam("slug") String slug) {
        return catalogue.get(slug, Callers.isAuthor(security));
    }

    @POST
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
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

    @PUT
    @Path("{slug}")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a scenario: send the version you read; a stale one is refused with 409.")
    public ScenarioView update(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be the scenario with its version.") @Valid ScenarioEdit edit) {
        return authoring.update(slug, edit);
    }

    @POST
    @Path("{slug}/archive")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Operation(summary = "Take a scenario out of the catalogue; publishing its rubric again opens it.")
    public ScenarioSummary archive(@PathParam("slug") String slug) {
        return authoring.archive(slug);
    }

    @POST
    @Path("{slug}/copy")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Copy a scenario as a new draft, {\"slug\", \"title\"} (title left out: the original's, marked"
                    + " as a copy): its texts, script, draft rubric and trainer-labelled answers, never its attempts,"
                    + " its reviews or its programs. 409 if the slug is taken.")
    public Response copy(@PathParam("slug") String slug, ScenarioCopy copy, @Context UriInfo uri) {
        return created(packs.copy(slug, copy, Callers.name(security)), uri);
    }

    @GET
    @Path("{slug}/pack")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Operation(summary = "The scenario as a pack, with its draft rubric or the published version asked for.")
    public ScenarioPack pack(@PathParam("slug") String slug, @QueryParam("version") Integer version) {
        return packs.export(slug, version);
    }

    @GET
    @Path("library-updates")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Operation(
            summary = "The library's newer editions of the scenarios it seeded here: what each would change in the"
                    + " scenario and its draft rubric, and the versions to load it over.")
    public List<LibraryUpdate> libraryUpdates() {
        return libraryUpdates.pending();
    }

    @POST
    @Path("{slug}/library-update")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Load the library's edition, or the parts of it named in take: its texts and script into the"
                    + " scenario, its criteria and labelled answers into the draft. Trainees play the published"
                    + " version until the draft is published; a version changed since it was read is refused with"
                    + " 409, parts that do not fit with what is kept with 400. What is not taken is not offered"
                    + " again.")
    public ScenarioView loadLibraryUpdate(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be {\"scenarioVersion\", \"rubricVersion\"}.") @Valid LibraryLoad load) {
        return libraryUpdates.load(
                slug, load.scenarioVersion(), load.rubricVersion(), load.take(), Callers.name(security));
    }

    @DELETE
    @Path("{slug}/library-update")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Operation(summary = "Keep this installation's version: the library's edition is not offered again.")
    public Response keepOwnVersion(@PathParam("slug") String slug) {
        libraryUpdates.keep(slug);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Callers.TRAINER, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a scenario pack as a new draft, under its own slug or ?slug=. Checked against"
                    + " /api/schemas/scenario-pack.json and the model's rules; stored whole or not at all.")
    public Response importPack(String document, @QueryParam("slug") String slug, @Context UriInfo uri) {
        return created(packs.importPack(document, slug, Callers.name(security)), uri);
    }

    /** 201 with the new scenario, and where it lives. */
    private static Response created(ScenarioSummary created, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("scenarios")
                        .path(created.slug())
                        .build())
                .entity(created)
                .build();
    }
}
