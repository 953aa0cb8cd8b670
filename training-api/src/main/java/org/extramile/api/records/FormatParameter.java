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
 * {@code GET /api/records?format=xlsx} answers as {@code Accept: <the XLSX type>} would (and
 * {@code /api/records/late?format=csv} and {@code /api/audit?format=csv} as {@code text/csv}): a link in a browser cannot choose its Accept header, and
 * HR's pages download through plain links. The parameter, when given, wins
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

    /** The formats of each path that takes the parameter. */
    static final Map<String, Map<String, String>> BY_PATH = Map.of(
            "records",
            MEDIA_TYPES,
            "records/late",
            new TreeMap<>(Map.of("csv", RecordsResource.CSV, "json", "application/json")),
            "audit",
            new TreeMap<>(Map.of("csv", RecordsResource.CSV, "json", "application/json")));

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> formats = BY_PATH.get(request.getUriInfo().getPath().replaceAll("^/+|/+$", ""));
        if (formats == null) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || format.isBlank()) {
            return;
        }
        String type = formats.get(format.strip().toLowerCase(Locale.ROOT));
        if (type == null) {
            String detail = "'format' is one of " + formats.keySet() + ", not '" + format + "'.";
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
