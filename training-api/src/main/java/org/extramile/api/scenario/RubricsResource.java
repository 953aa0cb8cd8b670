package org.extramile.api.scenario;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.rubric.Publication;
import org.extramile.rubric.PublishedVersion;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricDraftView;
import org.extramile.rubric.RubricVersionView;
import org.extramile.rubric.VersionChanges;

/** A scenario's rubric: for trainers and admins only, since it holds what the scorer looks for. */
// The whole path at class level: JAX-RS picks the class first and never backtracks, so a class at
// "scenarios/{slug}" would hide ScenariosResource's GET scenarios/{slug}.
@Path("scenarios/{slug}/rubric")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics", description = "Draft, publish and look back on a scenario's rubric.")
public class RubricsResource {

    @Inject
    RubricAuthoring rubrics;

    @Context
    SecurityContext security;

    @PathParam("slug")
    String slug;

    @GET
    @Operation(summary = "The rubric draft, with the version to send back with a change.")
    public RubricDraftView draft() {
        return rubrics.draft(slug);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the draft's criteria; a stale version is refused with 409, naming both versions.")
    public RubricDraftView revise(
            @NotNull(message = "The body must be {\"version\", \"criteria\"}.") @Valid RubricEdit edit) {
        return rubrics.revise(slug, edit.version(), edit.rubric(), Callers.name(security));
    }

    @POST
    @Path("publish")
    @Operation(
            summary = "Freeze the draft, with the scenario's script, as the next version (201); when nothing changed"
                    + " since the latest version (the criteria, the script, the pass mark, the labels it would carry),"
                    + " no version is added: 200 with the latest, which trainees go on being scored by. Either way the"
                    + " scenario opens.")
    public Response publish(@Context UriInfo uri) {
        Publication publication = rubrics.publish(slug, Callers.name(security));
        PublishedVersion version = publication.version();
        URI where = uri.getBaseUriBuilder()
                .path("scenarios/{slug}/rubric/versions/{number}")
                .build(slug, version.number());
        return (publication.added() ? Response.created(where) : Response.ok().contentLocation(where))
                .entity(version)
                .build();
    }

    @GET
    @Path("versions")
    @Operation(summary = "The published versions, oldest first.")
    public List<PublishedVersion> versions() {
        return rubrics.versions(slug);
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "One published version, whole and unchanged.")
    public RubricVersionView version(@PathParam("number") int number) {
        return rubrics.version(slug, number);
    }

    @GET
    @Path("versions/{number}/changes")
    @Operation(
            summary = "What a published version changed from the one before it: the pass mark (passMarkBefore, null"
                    + " if the same), the steps added and removed, and each criterion ADDED, REMOVED or CHANGED with"
                    + " the aspects that changed. What to read before rescoring attempts with it.")
    public VersionChanges changes(@PathParam("number") int number) {
        return rubrics.changes(slug, number);
    }
}
