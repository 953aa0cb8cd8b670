package org.extramile.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** Invalid input: 400 with every rejected field named, as the client sent it. */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            violations.add(new Problem.Violation(field(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        String detail = violations.size() == 1
                ? violations.get(0).message()
                : "The request has " + violations.size() + " invalid fields: see violations.";
        return Problems.response(Response.Status.BAD_REQUEST, "invalid-input", detail, violations, exception);
    }

    /** The path inside the request body, without the Java method and parameter it arrived through. */
    static String field(Path path) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            field.add(node.getIndex() == null ? name : name + "[" + node.getIndex() + "]");
        }
        String joined = field.toString();
        return joined.isEmpty() ? "body" : joined;
    }
}
