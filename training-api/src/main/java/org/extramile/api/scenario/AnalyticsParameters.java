package org.extramile.api.scenario;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.extramile.analytics.AnalyticsFilter;
import org.extramile.api.QueryParameters;

/** The analytics filters as query parameters, read strictly (a bad one is a 400 naming it). */
public class AnalyticsParameters {

    @QueryParam("from")
    @Parameter(description = "Attempts started on or after this date (2026-11-01) or instant.")
    String from;

    @QueryParam("to")
    @Parameter(description = "Attempts started before this instant, or on or before this date.")
    String to;

    @QueryParam("branch")
    @Parameter(description = "Attempts by trainees now at this branch (its code, as GET /api/branches lists them).")
    String branch;

    AnalyticsFilter filter() {
        return new AnalyticsFilter(
                QueryParameters.instant("from", from, false), QueryParameters.instant("to", to, true), branch);
    }
}
