package org.extramile.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Shows why a use case refused a change, as messages above the form: each broken rule with the
 * field it concerns in words. The domain's own sentences say what to do.
 */
public final class Failures {

    private Failures() {}

    /** Reports a refusal the page can explain; anything else is not ours to hide and is thrown on. */
    public static void report(RuntimeException failure) {
        report(failure, Set.of());
    }

    /**
     * Reports a refusal, leaving out the broken rules of the fields named by {@code unsaid} (JSON pointers): those a
     * form fills in from another field, whose own message already says what to do.
     */
    public static void report(RuntimeException failure, Set<String> unsaid) {
        FieldNames names = new FieldNames(name -> Texts.textOr("field." + name, name));
        Optional<InvalidException> invalid = find(failure, InvalidException.class);
        Optional<ConstraintViolationException> constraints = find(failure, ConstraintViolationException.class);
        if (invalid.isPresent()) {
            error(Texts.text("form.invalid"));
            for (Violation violation : invalid.get().violations()) {
                if (!unsaid.contains(violation.pointer())) {
                    error(where(names.ofPointer(violation.pointer()), violation.message()));
                }
            }
        } else if (constraints.isPresent()) {
            error(Texts.text("form.invalid"));
            constraints.get().getConstraintViolations().stream()
                    .filter(v -> !unsaid.contains(FieldNames.pointerOf(v.getPropertyPath())))
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> error(where(names.of(v), v.getMessage())));
        } else {
            throw failure;
        }
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The exception, or one that caused it: interceptors may wrap what the use case threw. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static String where(String field, String message) {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
