package org.extramile.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.extramile.shared.ConflictException;
import org.extramile.shared.ForbiddenException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;

/**
 * Everything else. The domain's exceptions often arrive wrapped (by a transaction, a persistence
 * provider), so the cause chain decides: a refused body answers for itself (413 past the limit), not found is 404, a forbidden use is 403, a conflict or a concurrent edit is 409,
 * invalid input is 400; a database out of reach is 503 (retry later); anything unforeseen is a 500 whose id is logged with the stack trace.
 */
@Provider
public class DomainProblemMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseOutage.causes(exception)) {
            return Problems.databaseUnavailable();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedBodyException refused) {
                return refused.response();
            }
            if (cause instanceof NotFoundException) {
                return Problems.response(Response.Status.NOT_FOUND, "not-found", cause.getMessage());
            }
            if (cause instanceof ForbiddenException) {
                return Problems.response(Response.Status.FORBIDDEN, "forbidden", cause.getMessage());
            }
            if (cause instanceof ConflictException) {
                return Problems.response(Response.Status.CONFLICT, "conflict", cause.getMessage());
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.response(
                        Response.Status.CONFLICT,
                        "concurrent-edit",
                        "Someone else changed this at the same time: reload it and apply your change again.");
            }
            if (cause instanceof ConstraintViolationException violations) {
                return new ValidationProblemMapper().toResponse(violations);
            }
            if (cause instanceof InvalidException invalid) {
                return new InvalidProblemMapper().toResponse(invalid);
            }
        }
        return Problems.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "unexpected",
                "Something went wrong on our side. It has been logged under the id in 'instance'; quote it when you report it.",
                null,
                exception);
    }
}
