package org.extramile.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person had typed into a form whose page expired: the error page is shown in the same
 * request, so the submitted fields are still there to hand back for copying.
 */
@Named
@RequestScoped
public class TypedText {

    private List<String> texts;

    public List<String> getTexts() {
        if (texts == null) {
            texts = new ArrayList<>();
            Map<String, String> submitted =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            submitted.forEach((name, value) -> {
                if (typedByAPerson(name, value)) {
                    texts.add(value);
                }
            });
        }
        return texts;
    }

    /** Not the framework's own fields, a form's marker (its id as name and value) or a button's label. */
    static boolean typedByAPerson(String name, String value) {
        return value != null
                && !value.isBlank()
                && !name.startsWith("jakarta.faces.")
                && !name.startsWith("primefaces.")
                && !name.equals(value)
                && !name.endsWith("Button")
                && !name.endsWith(":logout");
    }
}
