package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.ScenarioLabels;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.PageRequest;

/** What the scorer learns from for a scenario: the answers trainers labelled, and how far it has learnt from them. */
@Path("scenarios/{slug}/labels")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
public class LabelsResource {

    @Inject
    RubricAuthoring rubrics;

    @PathParam("slug")
    String slug;

    @GET
    @Operation(
            summary = "The draft's labelled answers (reviews of any published version included), or a published"
                    + " version's (version=N): whether the scorer is calibrated on them yet (`calibrated`, once there"
                    + " are `needed` answers with both verdicts on some criterion), each criterion's labels and the"
                    + " model that decides it (DEFAULT, RUBRIC or CRITERION) with how it did on labels held out of"
                    + " its fit (heldOut), and the answers, newest first, paged (page from 0, size up to 200), each"
                    + " with the criteria on which the scorer, fitted without it, disagrees (disagreements);"
                    + " disagreeing=true lists only those.")
    public ScenarioLabels labels(
            @QueryParam("version") String version,
            @QueryParam("disagreeing") String disagreeing,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return rubrics.labels(
                slug,
                QueryParameters.integer("version", version),
                Boolean.TRUE.equals(QueryParameters.bool("disagreeing", disagreeing)),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @DELETE
    @Path("{label}")
    @Operation(
            summary = "Take an answer labelled in preview (or brought by a pack) out of the draft's labels: the"
                    + " scorer no longer learns from it, and the next version is published without it. 404 for a"
                    + " review's labels (they change when the turn is reviewed again) and for any other id.")
    public Response remove(@PathParam("label") String label) {
        try {
            rubrics.removeLabel(slug, Long.parseLong(label.strip()));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("There is no labelled answer '" + label + "': its id is a number, as GET"
                    + " /api/scenarios/" + slug + "/labels lists them.");
        }
        return Response.noContent().build();
    }
}
