package org.extramile.api.records;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.extramile.api.problem.Problem;
import org.extramile.api.problem.Problems;
import org.extramile.api.security.AccessControl;

/**
 * {@code GET /api/records?format=xlsx} answers as {@code Accept: <the XLSX type>} would: a link in a browser cannot
 * choose its Accept header, and HR's records page downloads through plain links. The parameter, when given, wins
 * over the header; the header alone keeps working as before.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    static final Map<String, String> MEDIA_TYPES = new TreeMap<>(Map.of(
            "csv", RecordsResource.CSV,
            "xlsx", RecordsResource.XLSX,
            "json", "application/json",
            "ndjson", RecordsResource.NDJSON,
            "zip", RecordsResource.ZIP));

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"records".equals(request.getUriInfo().getPath().replaceAll("^/+|/+$", ""))) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || format.isBlank()) {
            return;
        }
        String type = MEDIA_TYPES.get(format.strip().toLowerCase(Locale.ROOT));
        if (type == null) {
            String detail = "'format' is one of " + MEDIA_TYPES.keySet() + ", not '" + format + "'.";
            request.abortWith(Problems.response(
                    Response.Status.BAD_REQUEST,
                    "invalid-input",
                    detail,
                    List.of(Problem.Violation.atPointer("/format", detail)),
                    null));
            return;
        }
        String asked = request.getHeaderString(HttpHeaders.ACCEPT);
        if (asked != null) {
            request.setProperty(AccessControl.ASKED_ACCEPT, asked);
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
    }
}
