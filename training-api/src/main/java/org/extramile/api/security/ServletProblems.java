package org.extramile.api.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Problem details written straight to the servlet response, by code that runs before JAX-RS (authentication,
 * filters) where no exception mapper can answer; same shape as {@link org.extramile.api.problem.Problem}.
 */
final class ServletProblems {

    private static final Logger LOG = Logger.getLogger(ServletProblems.class.getName());

    private ServletProblems() {}

    /** The database cannot be reached: nothing was done, and the same request may be sent again shortly. */
    static void databaseUnavailable(HttpServletResponse response) {
        write(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Service Unavailable",
                "The database cannot be reached just now, so nothing was done. Send the same request again in a few"
                        + " seconds.",
                Map.of("Retry-After", "5"));
    }

    static void write(
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            Map<String, String> headers) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.fine(() -> "Answered " + status + " as " + instance + ": " + detail);
        String body = Json.createObjectBuilder()
                .add("type", "https://extramile.org/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", instance)
                .build()
                .toString();
        try {
            response.setStatus(status);
            headers.forEach(response::setHeader);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
