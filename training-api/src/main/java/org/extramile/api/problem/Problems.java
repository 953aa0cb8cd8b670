package org.extramile.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds problem responses and logs them: 4xx at debug level, 5xx as errors with their id. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final String TYPE_BASE = "https://extramile.org/problems/";

    private Problems() {}

    public static Response response(Response.StatusType status, String type, String detail) {
        return response(status, type, detail, null, null);
    }

    /**
     * 503 while the database is out of reach: nothing was stored, and the same request may be sent again once it is
     * back. Logged without a stack trace, since every request fails alike during an outage.
     */
    public static Response databaseUnavailable() {
        return Response.fromResponse(response(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "The database cannot be reached just now, so nothing was stored. Send the same request again"
                                + " in a few seconds.",
                        null,
                        null))
                .header("Retry-After", "5")
                .build();
    }

    public static Response response(
            Response.StatusType status,
            String type,
            String detail,
            List<Problem.Violation> violations,
            Throwable cause) {
        Problem problem = problem(status, type, detail, violations, cause);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The problem itself, logged, for the few answers written outside JAX-RS (servlet filters). */
    public static Problem problem(
            Response.StatusType status,
            String type,
            String detail,
            List<Problem.Violation> violations,
            Throwable cause) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.log(Level.SEVERE, "Answered " + status.getStatusCode() + " as " + instance + ": " + detail, cause);
        } else {
            LOG.fine(() -> "Answered " + status.getStatusCode() + " as " + instance + ": " + detail);
        }
        return new Problem(
                TYPE_BASE + type, status.getReasonPhrase(), status.getStatusCode(), detail, instance, violations);
    }
}
