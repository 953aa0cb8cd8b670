package org.extramile.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.extramile.shared.InvalidException;

/** The model's rules broken by what was sent: 400 with every broken rule and its JSON pointer. */
@Provider
public class InvalidProblemMapper implements ExceptionMapper<InvalidException> {

    @Override
    public Response toResponse(InvalidException exception) {
        return Problems.response(
                Response.Status.BAD_REQUEST,
                "invalid-input",
                exception.getMessage(),
                exception.violations().stream()
                        .map(v -> Problem.Violation.atPointer(v.pointer(), v.message()))
                        .toList(),
                exception);
    }
}
