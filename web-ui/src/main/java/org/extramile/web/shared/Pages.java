package org.extramile.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for what a page cannot show. */
public final class Pages {

    private Pages() {}

    /** The friendly 404 page, e.g. for a slug that names no scenario. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * The page's own answer for what it cannot show (no such person, with a link to search for one), under the status
     * that says so: bookmarks and link checkers see a 404 as the friendly 404 page gives one.
     */
    public static void answerWith(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    public static String caller() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
    }

    /**
     * Whether the caller is a trainer or an administrator, who see drafts and may review attempts. Asked of
     * the request rather than an injected SecurityContext: a view-scoped bean lives in the session, and
     * Payara's SecurityContext does not serialize, which would break the session's replication.
     */
    public static boolean callerIsTrainerOrAdmin() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("TRAINER") || external.isUserInRole("ADMIN");
    }
}
