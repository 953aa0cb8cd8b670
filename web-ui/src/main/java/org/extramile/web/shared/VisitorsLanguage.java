package org.extramile.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view speaks the visitor's language (see {@link Language}) from the moment it is created. The layout's
 * {@code <f:view locale>} applies only once the page is built to be shown, after a page's view action has run: texts
 * a bean wrote in its view action (a schedule in words, a note on a row) came out in the browser's language instead.
 */
public class VisitorsLanguage extends ViewHandlerWrapper {

    public VisitorsLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }
}
