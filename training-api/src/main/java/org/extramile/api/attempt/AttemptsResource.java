package org.extramile.api.attempt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.attempt.AttemptView;
import org.extramile.attempt.RolePlay;
import org.extramile.attempt.Started;
import org.extramile.attempt.TurnOutcome;

/** A trainee's role-plays. Ids are UUIDs; someone else's attempt is answered like a missing one (404). */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attempts", description = "Play a scenario turn by turn and read the feedback.")
public class AttemptsResource {

    @Inject
    RolePlay rolePlay;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start playing a published scenario on its latest rubric version: 201 with the first step;"
                    + " 200 with the attempt already in progress on that scenario.")
    public Response start(
            @NotNull(message = "The body must be {\"scenario\": slug}.") @Valid StartRequest request,
            @Context UriInfo uri) {
        Started started = rolePlay.start(request.scenario(), Callers.name(security));
        if (!started.created()) {
            return Response.ok(started.attempt()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(started.attempt().id().toString())
                        .build())
                .entity(started.attempt())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One attempt: its turns with their score cards, the step to answer, or its result.")
    public AttemptView get(@PathParam("id") UUID id) {
        return rolePlay.get(id, Callers.of(security));
    }

    @POST
    @Path("{id}/turns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timed(name = "attempts.turn", description = "Time to score and store a turn.")
    @Operation(
            summary = "Answer the current step: the turn's score card with feedback, then the next step or the"
                    + " result. The same Idempotency-Key again returns the first outcome; a step the attempt"
                    + " is no longer at is 409.")
    public TurnOutcome answer(
            @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "The body must be {\"step\", \"text\"}.") @Valid TurnRequest request) {
        return rolePlay.answer(id, Callers.name(security), request.step(), request.text(), idempotencyKey);
    }

    @POST
    @Path("{id}/turns/{turn}/review-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask a trainer to look at one of your answers again, saying in 'note' (up to 1,000 characters)"
                    + " what you think the scorer missed: the answer goes to the review queue and the attempt's"
                    + " result may change. Once an answer; 409 for an attempt given up or an answer a trainer has"
                    + " already judged.")
    public AttemptView askForReview(
            @PathParam("id") UUID id,
            @PathParam("turn") UUID turn,
            @NotNull(message = "The body must be {\"note\": \"what the scorer missed\"}.") ReviewRequestBody request) {
        return rolePlay.askForReview(id, Callers.name(security), turn, request.note());
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "Give up an attempt in progress; it stays in the history as abandoned.")
    public AttemptView abandon(@PathParam("id") UUID id) {
        return rolePlay.abandon(id, Callers.name(security));
    }
}
