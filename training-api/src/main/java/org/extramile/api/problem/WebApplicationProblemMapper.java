package org.extramile.api.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/** The HTTP errors JAX-RS raises itself (unknown path, wrong method, media type): as problems. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Optional<RefusedBodyException> refused = RefusedBodyException.in(exception);
        if (refused.isPresent()) {
            return refused.get().response();
        }
        Response original = exception.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        return Problems.response(status, "http-" + status.getStatusCode(), detail(exception, status), null, exception);
    }

    private String detail(WebApplicationException exception, Response.StatusType status) {
        if (exception instanceof NotFoundException) {
            return "There is nothing at /" + uri.getPath() + ": see /openapi for the API's paths.";
        }
        if (exception.getCause() instanceof NoContentException) {
            return "The request body is empty: this path reads a JSON document (see /openapi for its shape).";
        }
        return switch (status.getStatusCode()) {
            case 403 -> "Your account's roles do not allow this request.";
            case 405 -> "This path does not take the method used: see /openapi for the ones it takes.";
            case 406 -> "This path cannot answer in the media type asked for in Accept.";
            case 415 -> "This path does not read the Content-Type sent: send application/json.";
            default -> exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
        };
    }
}
