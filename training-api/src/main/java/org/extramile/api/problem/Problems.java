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

    public static Response response(
            Response.StatusType status,
            String type,
            String detail,
            List<Problem.Violation> violations,
            Throwable cause) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        Problem problem = new Problem(
                TYPE_BASE + type, status.getReasonPhrase(), status.getStatusCode(), detail, instance, violations);
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.log(Level.SEVERE, "Answered " + status.getStatusCode() + " as " + instance + ": " + detail, cause);
        } else {
            LOG.fine(() -> "Answered " + status.getStatusCode() + " as " + instance + ": " + detail);
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
