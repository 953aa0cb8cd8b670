package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.rubric.DraftLabels;
import org.extramile.rubric.Preview;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricSelfCheck;
import org.extramile.scoring.ScoreCard;

/** A trainer tries an answer against the draft rubric, and labels the answers it gets wrong. */
@Path("scenarios/{slug}/preview")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
public class PreviewResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RubricAuthoring rubrics;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Score an answer against the draft rubric, storing nothing.",
            description = "The score card, with where the script would lead next: `next`, the step that would follow"
                    + " (null when the role-play would end with this answer), and `branch`, the branch that chose"
                    + " it (null when none was taken and the step's default way on was followed).")
    @APIResponse(
            responseCode = "200",
            description = "The score card, with `next` and `branch`.",
            content = @Content(schema = @Schema(implementation = ScoreCard.class)))
    public JsonObject preview(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be {\"step\", \"text\"}.") @Valid PreviewRequest request) {
        Preview preview = rubrics.preview(slug, request.step(), request.text());
        // The card stays the body, as everywhere a score card appears; where the answer leads is added beside it.
        return Json.createObjectBuilder(object(preview.card()))
                .add("next", orNull(preview.next()))
                .add("branch", orNull(preview.branch()))
                .build();
    }

    private static JsonObject object(Object value) {
        return JSON.fromJson(JSON.toJson(value), JsonObject.class);
    }

    private static JsonValue orNull(Object value) {
        return value == null ? JsonValue.NULL : object(value);
    }

    @GET
    @Path("self-check")
    @Operation(
            summary = "Score the draft rubric's own exemplars, counter-examples and model answers: a counter-example"
                    + " that earns its criterion, an exemplar that does not, or a model answer below the top level"
                    + " is listed as a contradiction.")
    public List<RubricSelfCheck.Finding> selfCheck(@PathParam("slug") String slug) {
        return rubrics.selfCheck(slug);
    }

    @POST
    @Path("labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Say a verdict is wrong: the levels an answer deserves are kept as labels of the draft rubric,"
                    + " which the scorer calibrates on once there are enough (and carries to the next published"
                    + " version).")
    public Response label(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be {\"step\", \"text\", \"levels\"}.") @Valid LabelRequest request) {
        DraftLabels labels = rubrics.label(slug, request.example(), Callers.name(security));
        return Response.status(Response.Status.CREATED).entity(labels).build();
    }
}
