package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scoring.ScoreCard;

/** A trainer tries an answer against the draft rubric. */
@Path("scenarios/{slug}/preview")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
public class PreviewResource {

    @Inject
    RubricAuthoring rubrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score an answer against the draft rubric, storing nothing.")
    public ScoreCard preview(
            @PathParam("slug") String slug,
            @NotNull(message = "The body must be {\"step\", \"text\"}.") @Valid PreviewRequest request) {
        return rubrics.preview(slug, request.step(), request.text());
    }
}
