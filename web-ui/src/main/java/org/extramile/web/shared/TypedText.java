package org.extramile.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person had typed into a form whose page expired, handed back on the expired page for
 * copying: kept in the session by {@link KeepTypedTextExceptionHandlerFactory} when the error page
 * is reached by a redirect, read from the request itself when it is reached by a forward.
 */
@Named
@RequestScoped
public class TypedText {

    static final String KEPT = TypedText.class.getName();

    private List<String> texts;

    public List<String> getTexts() {
        if (texts == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            texts = from(external.getRequestParameterMap());
            Map<String, Object> session = external.getSessionMap();
            Object kept = session.remove(KEPT);
            if (texts.isEmpty() && kept instanceof List<?> list) {
                list.forEach(text -> texts.add(String.valueOf(text)));
            }
        }
        return texts;
    }

    static List<String> from(Map<String, String> submitted) {
        List<String> typed = new ArrayList<>();
        submitted.forEach((name, value) -> {
            if (typedByAPerson(name, value)) {
                typed.add(value);
            }
        });
        return typed;
    }

    /**
     * Not the framework's own fields, a form's marker (its id as name and value), a button's label, nor a password:
     * an expired login page must not show the password typed into it.
     */
    static boolean typedByAPerson(String name, String value) {
        return value != null
                && !value.isBlank()
                && !name.toLowerCase(java.util.Locale.ROOT).endsWith("password")
                && !name.startsWith("jakarta.faces.")
                && !name.startsWith("primefaces.")
                && !name.equals(value)
                && !name.endsWith("Button")
                && !name.endsWith(":logout");
    }
}
