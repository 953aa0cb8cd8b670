package org.extramile.api.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.analytics.ScenarioAnalytics;
import org.extramile.analytics.TrainingAnalytics;

/** Where trainees struggle with a scenario: the analytics page's figures, for a trainer's own reports. */
@Path("scenarios/{slug}/analytics")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class AnalyticsResource {

    @Inject
    TrainingAnalytics analytics;

    @GET
    @Operation(
            summary =
                    "One scenario's figures: attempts completed with a settled result (completed) and how many"
                            + " passed, those whose result waits for a trainer's review (awaitingReview); their distribution by"
                            + " share of points in tenths; per criterion, over the latest answers (turnsRead of them), how many"
                            + " were scored and missed (for a penalty: showed it), and on reviewed answers how often the"
                            + " trainer kept the scorer's level; attempts started per day over the last 30 days of the period. Answers in"
                            + " another language that no trainer has judged are left out of the miss rates (unjudged: those"
                            + " waiting); the latest 20 attempts, newest first, with whose they are (latest). Every figure"
                            + " counts the attempts the filters select: started from, to, by trainees"
                            + " of a branch when they started them; 400 for an unknown branch or a period that ends before it starts.")
    public ScenarioAnalytics of(@PathParam("slug") String slug, @BeanParam AnalyticsParameters parameters) {
        return analytics.of(slug, parameters.filter());
    }
}
