package org.extramile.api.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where single sign-on's addresses end once {@link SingleSignOn} is done with them: signed in, the person goes on
 * to the page they asked for (their role's start page by default) with a new session id; refused, they get a 403
 * page that says why; when the sign-in went wrong on the way, the login page says so. The provider's way back after a
 * logout ({@link SingleSignOut#SIGNED_OUT}) ends on the login page. Not found when single sign-on is not configured.
 */
@WebServlet({SingleSignOn.START, SingleSignOn.CALLBACK, SingleSignOut.SIGNED_OUT})
public class SingleSignOnLanding extends HttpServlet {

    @Inject
    SingleSignOnSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = request.getContextPath();
        if (request.getServletPath().equals(SingleSignOut.SIGNED_OUT)) {
            response.sendRedirect(base + SingleSignOut.LOGGED_OUT);
            return;
        }
        if (request.getUserPrincipal() != null) {
            // The session began before the sign-in (it held the state of the flow): a new id, against fixation.
            request.changeSessionId();
            HttpSession session = request.getSession();
            Object next = session.getAttribute(SingleSignOn.NEXT);
            session.removeAttribute(SingleSignOn.NEXT);
            response.sendRedirect(base + ReturnPath.safe(next instanceof String path ? path : null));
            return;
        }
        Object outcome = request.getAttribute(SingleSignOn.OUTCOME);
        if (outcome != null && !SingleSignOn.FAILED.equals(outcome)) {
            // The error page reads the outcome to say why.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(base + Authentication.LOGIN_PAGE + "?sso=failed");
    }
}
