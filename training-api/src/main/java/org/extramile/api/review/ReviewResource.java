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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.attempt.AttemptView;
import org.extramile.attempt.review.OverrideView;
import org.extramile.attempt.review.Review;
import org.extramile.attempt.review.ReviewItem;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

/** The turns the scorer was unsure about, for trainers to settle. */
@Path("review")
@RequestScoped
@RolesAllowed({"TRAINER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Review doubtful scores, override levels, read the audit.")
public class ReviewResource {

    @Inject
    Review review;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Turns waiting for review, oldest first, paged (page from 0, size up to 200); filter by scenario"
                    + " slug, doubtful criterion, and with followed=true the scenarios you follow"
                    + " (PUT /api/me/scenarios/{slug}).")
    public Page<ReviewItem> queue(
            @QueryParam("scenario") String scenario,
            @QueryParam("criterion") String criterion,
            @QueryParam("followed") String followed,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return review.queue(
                Optional.ofNullable(scenario),
                Optional.ofNullable(criterion),
                Boolean.TRUE.equals(QueryParameters.bool("followed", followed))
                        ? Optional.of(security.getUserPrincipal().getName())
                        : Optional.empty(),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @POST
    @Path("{turn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set levels on a turn's criteria with a reason (none needed for levels that confirm the scorer's):"
                            + " the turn leaves the queue, the attempt's result is recomputed, and the override is audited.")
    public AttemptView override(
            @PathParam("turn") UUID turn,
            @NotNull(message = "The body must be {\"levels\": {criterion: level}, \"reason\"}.") @Valid
                    OverrideRequest request) {
        return review.override(
                turn,
                request.levels(),
                request.reason(),
                security.getUserPrincipal().getName());
    }

    @GET
    @Path("audit")
    @Operation(summary = "Every override of an attempt's turns: who, when, level and points before and after, why.")
    public List<OverrideView> audit(@QueryParam("attempt") String attempt) {
        return review.audit(attemptId(attempt));
    }

    private static UUID attemptId(String attempt) {
        try {
            return UUID.fromString(attempt == null ? "" : attempt);
        } catch (IllegalArgumentException e) {
            throw new InvalidException(
                    List.of(new Violation("/attempt", "Name the attempt by its id: ?attempt=<uuid>.")));
        }
    }
}
