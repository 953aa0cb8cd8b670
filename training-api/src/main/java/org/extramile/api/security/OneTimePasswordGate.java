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
import java.util.List;
import java.util.Map;
import org.extramile.api.problem.DatabaseOutage;
import org.extramile.people.Accounts;
import org.extramile.people.PasswordState;

/**
 * A one-time password (HR's invitation, an administrator's reset) opens one door, choosing a password of one's own,
 * and only for a while. Until then a page sends the person to the password page, and the API answers 403 to
 * everything but {@code POST /api/me/password}: whoever read the one-time password on its way to them cannot go on
 * using it. Once it has expired it opens nothing: the session ends, an API call is a 401. What needs no login stays
 * open.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OneTimePasswordGate extends HttpFilter {

    public static final String PASSWORD_PAGE = "/password.xhtml";

    /** On the login page after a session was ended here: tells the person to ask for a new one-time password. */
    public static final String EXPIRED = "oneTimeExpired";

    /**
     * A request attribute, true while the person on the password page may go nowhere else yet: the layout then offers
     * no links that would only lead back to it.
     */
    public static final String CHOOSING = "org.extramile.choosingPassword";

    private static final long serialVersionUID = 1L;

    /** On a session whose account was seen with a password of its own: a password once chosen stays chosen. */
    private static final String OWN_PASSWORD = "org.extramile.session.ownPassword";

    private static final String CHANGE_API = "/api/me/password";

    private static final List<String> OPEN = List.of(
            Authentication.LOGIN_PAGE,
            "/welcome.xhtml",
            "/forgot.xhtml",
            "/jakarta.faces.resource/",
            "/resources/",
            "/error/",
            "/sso/",
            "/verify",
            "/.well-known/",
            "/favicon.ico",
            "/health",
            "/metrics",
            "/openapi");

    @Inject
    transient Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (caller == null || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        PasswordState state;
        try {
            state = state(request, caller.getName());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e) || !isApi(path)) {
                throw e;
            }
            ServletProblems.databaseUnavailable(response);
            return;
        }
        switch (state) {
            case OWN -> chain.doFilter(request, response);
            case ONE_TIME -> {
                if (changing(request, path)) {
                    request.setAttribute(CHOOSING, Boolean.TRUE);
                    chain.doFilter(request, response);
                } else {
                    toTheChange(request, response, path);
                }
            }
            case ONE_TIME_EXPIRED -> expired(request, response, path);
        }
    }

    private static boolean changing(HttpServletRequest request, String path) {
        return path.equals(PASSWORD_PAGE) || (path.equals(CHANGE_API) && "POST".equals(request.getMethod()));
    }

    private static void toTheChange(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if (isApi(path)) {
            ServletProblems.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "password-change-required",
                    "Forbidden",
                    "You logged in with a one-time password: choose your own first, with POST " + CHANGE_API
                            + " {\"currentPassword\": the one-time password, \"newPassword\": 12 characters or more}.",
                    Map.of());
            return;
        }
        String next = "GET".equals(request.getMethod()) ? "?next=" + Authentication.next(request) : "";
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + next);
    }

    private static void expired(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException, ServletException {
        if (isApi(path)) {
            ServletProblems.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "one-time-password-expired",
                    "Unauthorized",
                    "Your one-time password has expired unused: ask HR or an administrator for a new one.",
                    Map.of("WWW-Authenticate", AccessControl.CHALLENGE));
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + Authentication.LOGIN_PAGE + "?" + EXPIRED + "=true");
    }

    /**
     * How the caller's password stands. A session that single sign-on began used no password; one that remembers the
     * password was their own costs no query; a request with HTTP Basic carries no session and asks each time.
     */
    private PasswordState state(HttpServletRequest request, String username) {
        HttpSession session = request.getHeader("Authorization") == null ? request.getSession(false) : null;
        if (session != null
                && (session.getAttribute(SingleSignOut.ID_TOKEN) != null
                        || username.equals(session.getAttribute(OWN_PASSWORD)))) {
            return PasswordState.OWN;
        }
        PasswordState state = accounts.passwordState(username);
        if (state == PasswordState.OWN && session != null) {
            session.setAttribute(OWN_PASSWORD, username);
        }
        return state;
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }
}
