package org.extramile.api.limits;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.extramile.api.problem.Problem;
import org.extramile.api.problem.Problems;

/** Writes a problem from a servlet filter, which runs before JAX-RS and so before any exception mapper. */
final class ProblemWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ProblemWriter() {}

    static void write(HttpServletResponse response, Response.Status status, String type, String detail)
            throws IOException {
        Problem problem = Problems.problem(status, type, detail, null, null);
        response.setStatus(status.getStatusCode());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
