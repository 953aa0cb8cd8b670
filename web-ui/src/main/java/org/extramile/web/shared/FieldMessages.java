package org.extramile.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Shows why a use case refused a form beside the fields concerned: each broken rule whose place (a
 * JSON pointer such as {@code /email}) names a field of the form goes next to it, the rest above the
 * form, under the general "nothing was saved".
 */
public final class FieldMessages {

    private FieldMessages() {}

    /**
     * @param fields the client id of each field by its pointer, e.g. "/email" → "enrol:email"
     *     (a failure that is not a broken rule is thrown on)
     */
    public static void report(RuntimeException failure, Map<String, String> fields) {
        Optional<InvalidException> invalid = Failures.find(failure, InvalidException.class);
        Optional<ConstraintViolationException> constraints = Failures.find(failure, ConstraintViolationException.class);
        if (invalid.isEmpty() && constraints.isEmpty()) {
            throw failure;
        }
        Failures.error(Texts.text("form.invalid"));
        if (invalid.isPresent()) {
            for (Violation violation : invalid.get().violations()) {
                add(fields, violation.pointer(), violation.message());
            }
        } else {
            constraints.get().getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> add(fields, FieldNames.pointerOf(v.getPropertyPath()), v.getMessage()));
        }
    }

    private static void add(Map<String, String> fields, String pointer, String message) {
        String field = fields.get(pointer);
        if (field == null) {
            Failures.error(message);
        } else {
            FacesContext.getCurrentInstance()
                    .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }
}
