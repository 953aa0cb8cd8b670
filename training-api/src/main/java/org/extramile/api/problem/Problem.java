package org.extramile.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The body of every error response. {@code violations} is present for invalid input only. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record Problem(
        String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One broken rule: the field, as a path ({@code criteria[0].title}) and as a JSON pointer into the
     * body ({@code /criteria/0/title}), and what is wrong with it.
     */
    public record Violation(String field, String pointer, String message) {

        public static Violation atPointer(String pointer, String message) {
            StringBuilder field = new StringBuilder();
            for (String token : pointer.split("/")) {
                if (token.isEmpty()) {
                    continue;
                }
                String name = token.replace("~1", "/").replace("~0", "~");
                if (name.chars().allMatch(Character::isDigit)) {
                    field.append('[').append(name).append(']');
                } else {
                    field.append(field.length() == 0 ? "" : ".").append(name);
                }
            }
            return new Violation(field.length() == 0 ? "body" : field.toString(), pointer, message);
        }
    }
}
