package org.extramile.api.scenario;

import jakarta.ws.rs.QueryParam;
import org.extramile.analytics.AnalyticsFilter;
import org.extramile.api.QueryParameters;
import org.extramile.api.openapi.Described;

/**
 * The analytics filters as query parameters, read strictly (a bad one is a 400 naming it): {@code from} and {@code to}
 * (dates or instants, a "to" date included) bound when attempts started, {@code branch} is a branch's code. Described
 * in the operations' summaries: Payara's OpenAPI fails on parameter annotations in a bean parameter.
 */
public class AnalyticsParameters {

    @Described(
            "Attempts started on or after: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z).")
    @QueryParam("from")
    String from;

    @Described(
            "Attempts started before: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z); a date includes its day.")
    @QueryParam("to")
    String to;

    @Described("Attempts by trainees of this branch (its code) when they started them.")
    @QueryParam("branch")
    String branch;

    AnalyticsFilter filter() {
        return new AnalyticsFilter(
                QueryParameters.instant("from", from, false), QueryParameters.instant("to", to, true), branch);
    }
}
