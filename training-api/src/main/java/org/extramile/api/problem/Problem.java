package org.extramile.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The body of every error response. {@code violations} is present for invalid input only. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record Problem(
        String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: where it is in the request, and what is wrong with it. */
    public record Violation(String field, String message) {}
}
