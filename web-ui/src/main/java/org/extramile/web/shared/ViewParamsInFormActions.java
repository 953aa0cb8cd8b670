package org.extramile.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts back to its page's address with the page's view parameters ({@code ?slug=...}), so that the address
 * shown after a save can still be reloaded, bookmarked or shared; Faces alone drops them.
 */
public class ViewParamsInFormActions extends ViewHandlerWrapper {

    public ViewParamsInFormActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        // Only a form's own action: redirects and links build on this URL too, and add parameters of their own.
        if (!(UIComponent.getCurrentComponent(context) instanceof UIForm)
                || view == null
                || !viewId.equals(view.getViewId())) {
            return url;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isBlank()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, parameters);
    }
}
