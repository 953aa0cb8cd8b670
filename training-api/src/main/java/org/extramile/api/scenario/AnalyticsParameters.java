package org.extramile.api.scenario;

import jakarta.ws.rs.QueryParam;
import org.extramile.analytics.AnalyticsFilter;
import org.extramile.api.QueryParameters;

/**
 * The analytics filters as query parameters, read strictly (a bad one is a 400 naming it): {@code from} and {@code to}
 * (dates or instants, a "to" date included) bound when attempts started, {@code branch} is a branch's code. Described
 * in the operations' summaries: Payara's OpenAPI fails on parameter annotations in a bean parameter.
 */
public class AnalyticsParameters {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("branch")
    String branch;

    AnalyticsFilter filter() {
        return new AnalyticsFilter(
                QueryParameters.instant("from", from, false), QueryParameters.instant("to", to, true), branch);
    }
}
