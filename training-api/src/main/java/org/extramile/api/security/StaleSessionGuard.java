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
import java.util.Optional;
import org.extramile.api.problem.DatabaseOutage;
import org.extramile.people.Accounts;

/**
 * A session keeps the account's login stamp (password hash, active flag, roles) from when its caller logged in. When
 * an administrator removes a role, deactivates the account or resets its password, or the person changes their
 * password elsewhere, that must hold from the caller's next request, not from their next login: a session whose stamp
 * no longer matches the account's is ended, and the caller logs in again with what holds now (whoever else held the
 * session is out). Requests with their own credentials (HTTP Basic) are checked by the login itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaleSessionGuard extends HttpFilter {

    /** On the login page after a session was ended here: tells the person why they must log in again. */
    public static final String CHANGED = "accessChanged";

    private static final long serialVersionUID = 1L;

    private static final String STAMP_AT_LOGIN = "org.extramile.session.stampAtLogin";

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
        Optional<String> stamp;
        try {
            stamp = accounts.loginStamp(caller.getName());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e) || !isApi(request)) {
                throw e;
            }
            // The account cannot be checked: the session stands, and the client sends the request again later.
            ServletProblems.databaseUnavailable(response);
            return;
        }
        if (stillValid(session, caller.getName(), stamp)) {
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
                    "Your account's password or roles were changed, or the account was deactivated, since you"
                            + " logged in: log in again.",
                    Map.of());
        } else {
            response.sendRedirect(request.getContextPath() + Authentication.LOGIN_PAGE + "?" + CHANGED + "=true");
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The session's caller changed their own password in it: the session stands, and takes the new stamp on its next
     * request (their other sessions do not).
     */
    public static void renew(HttpSession session) {
        session.removeAttribute(STAMP_AT_LOGIN);
    }

    /**
     * The account's stamp when the session first came through here, which is the login's own request, is kept in
     * the session; the session stands while the account's stays the same. (The container's own role check,
     * {@code isUserInRole}, answered wrongly now and then in a filter under concurrent load, so it is not asked.)
     */
    private static boolean stillValid(HttpSession session, String username, Optional<String> stamp) {
        if (stamp.isEmpty()) {
            return false;
        }
        String now = username + " " + stamp.get();
        Object atLogin = session.getAttribute(STAMP_AT_LOGIN);
        if (atLogin == null || !atLogin.toString().startsWith(username + " ")) {
            session.setAttribute(STAMP_AT_LOGIN, now);
            return true;
        }
        return atLogin.equals(now);
    }
}
