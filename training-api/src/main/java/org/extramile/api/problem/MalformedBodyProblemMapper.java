package org.extramile.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * A body that is not the JSON the endpoint reads: 400. JAX-RS wraps the JSON-B failure in a
 * ProcessingException; any other processing failure is the server's fault.
 */
@Provider
public class MalformedBodyProblemMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        // A body refused as it was read (too large, a NUL) arrives wrapped in the JSON-B failure it caused.
        Optional<RefusedBodyException> refused = RefusedBodyException.in(exception);
        if (refused.isPresent()) {
            return refused.get().response();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.response(
                        Response.Status.BAD_REQUEST,
                        "malformed-body",
                        "The request body is not valid JSON of the expected shape: " + firstLine(cause.getMessage()));
            }
        }
        return Problems.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "unexpected",
                "The server failed to process the request.",
                null,
                exception);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be read.";
        }
        String line = message.lines().findFirst().orElse(message).replaceFirst("^Internal error: ", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
