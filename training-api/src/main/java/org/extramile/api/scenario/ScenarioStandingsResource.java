package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.analytics.ScenarioStanding;
import org.extramile.analytics.TrainingAnalytics;

/** Which scenarios trainees find hardest: every scenario's figures side by side. */
@Path("analytics/scenarios")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class ScenarioStandingsResource {

    @Inject
    TrainingAnalytics analytics;

    @GET
    @Operation(
            summary = "Every scenario, hardest first (the lowest share of trainees passing at their first completed"
                    + " attempt; scenarios nobody has finished yet last): trainees who started it, attempts in"
                    + " progress, abandoned, completed with a settled result (completed) and passed, completed and"
                    + " waiting for a trainer's review (awaitingReview), the settled attempts' mean share of points"
                    + " (meanShare, left out when none), and the trainees whose first completed attempt is settled"
                    + " (firstTries) and passed (passedFirstTime). Every figure counts the attempts the filters"
                    + " select: started from, to (a first try counts when the trainee's first completed attempt started"
                    + " in the period), by trainees of a branch when they started them; 400 for an unknown branch.")
    public List<ScenarioStanding> all(@BeanParam AnalyticsParameters parameters) {
        return analytics.standings(parameters.filter());
    }
}
