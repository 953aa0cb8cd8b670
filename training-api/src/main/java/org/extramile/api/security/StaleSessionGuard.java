package org.extramile.api.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extramile.api.problem.DatabaseOutage;
import org.extramile.people.Accounts;
import org.extramile.people.Role;

/**
 * A session keeps the roles its caller had when logging in. When an administrator removes a role or deactivates the
 * account, that must hold from the caller's next request, not from their next login: a session whose roles no longer
 * match the account's is ended, and the caller logs in again with what they hold now. Requests with their own
 * credentials (HTTP Basic) are checked by the login itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaleSessionGuard extends HttpFilter {

    /** On the login page after a session was ended here: tells the person why they must log in again. */
    public static final String CHANGED = "accessChanged";

    private static final long serialVersionUID = 1L;

    private static final String ROLES_AT_LOGIN = "org.extramile.session.rolesAtLogin";

    /** Stylesheets, scripts and images of the pages: nothing to protect, and a page asks for many. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    transient Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller == null
                || session == null
                || request.getHeader("Authorization") != null
                || request.getRequestURI().contains(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        Set<Role> granted;
        try {
            granted = accounts.grantedRoles(caller.getName());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e) || !isApi(request)) {
                throw e;
            }
            // The roles cannot be checked: the session stands, and the client sends the request again later.
            ServletProblems.databaseUnavailable(response);
            return;
        }
        if (stillGranted(session, caller.getName(), granted)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        session.invalidate();
        if (isApi(request)) {
            ServletProblems.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "access-changed",
                    "Unauthorized",
                    "Your account's roles were changed or the account was deactivated since you logged in: log in"
                            + " again.",
                    Map.of());
        } else {
            response.sendRedirect(request.getContextPath() + Authentication.LOGIN_PAGE + "?" + CHANGED + "=true");
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The roles granted when the session first came through here, which is the login's own request, are kept in
     * the session; the session stands while the account grants the same. (The container's own role check,
     * {@code isUserInRole}, answered wrongly now and then in a filter under concurrent load, so it is not asked.)
     */
    private static boolean stillGranted(HttpSession session, String username, Set<Role> granted) {
        if (granted.isEmpty()) {
            return false;
        }
        String now = username + " " + new TreeSet<>(granted);
        Object atLogin = session.getAttribute(ROLES_AT_LOGIN);
        if (atLogin == null || !atLogin.toString().startsWith(username + " ")) {
            session.setAttribute(ROLES_AT_LOGIN, now);
            return true;
        }
        return atLogin.equals(now);
    }
}
