package org.extramile.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.extramile.api.problem.DatabaseOutage;

/**
 * The one authentication mechanism (Jakarta Security 3 allows one per application): a browser
 * logs in through the form and keeps a session; an API client sends HTTP Basic with every request
 * and gets no session. Credentials are checked against the accounts table. When single sign-on is
 * configured, a browser may sign in through the organisation's identity provider instead: its two
 * addresses go to {@link SingleSignOn}, which ends in a session like the form's.
 *
 * <p>An enabled alternative: {@link SingleSignOnSettings}' OpenID Connect definition makes Soteria add a second
 * bean of type HttpAuthenticationMechanism, and Soteria looks the mechanism up by that type; the alternative is
 * the one it finds.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/extramile",
        // People imported from a roster have no password until HR issues them a one-time one.
        callerQuery =
                "select password_hash from account where username = ? and active = true and password_hash is not null",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class Authentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Set on a refused form login while logins are locked: how long (a {@link Duration}) the form must say to wait. */
    public static final String LOCKED_FOR = "org.extramile.login.lockedFor";

    /** Set on a refused form login when the database could not be reached: the form must say to try again soon. */
    public static final String UNAVAILABLE = "org.extramile.login.unavailable";

    private static final String API = "/api/";

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    RecentLogins recentLogins;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential != null) {
            return formLogin(request, context, formCredential);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return resume(context, sessionCaller);
        }
        if (singleSignOn.handles(request)) {
            return singleSignOn.signIn(request, response, context);
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent() && isApi(request)) {
            return basicLogin(request, response, context, basic.get());
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        Verdict verdict = check(request, credential);
        if (verdict.locked()) {
            request.setAttribute(LOCKED_FOR, verdict.lockedFor());
        }
        if (verdict.unavailable()) {
            request.setAttribute(UNAVAILABLE, true);
        }
        if (!verdict.valid()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = verdict.result();
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** A browser with a session: the container remembers the caller and its groups. */
    private static AuthenticationStatus resume(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container did not take the session's caller back", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus basicLogin(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            UsernamePasswordCredential credential) {
        Verdict verdict = check(request, credential);
        if (verdict.valid()) {
            return context.notifyContainerAboutLogin(verdict.result());
        }
        if (verdict.unavailable()) {
            ServletProblems.databaseUnavailable(response);
        } else if (verdict.locked()) {
            // Rounded up: a client that waits exactly Retry-After must not arrive a moment before the lock ends.
            long seconds = Math.max(1, (verdict.lockedFor().toMillis() + 999) / 1000);
            ServletProblems.write(
                    response,
                    429,
                    "too-many-failed-logins",
                    "Too Many Requests",
                    "Too many failed logins for this username or from your address: logging in is paused for " + seconds
                            + " seconds. Try again after the time in Retry-After.",
                    Map.of("Retry-After", String.valueOf(seconds)));
        } else {
            ServletProblems.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "The username or password is wrong, or the account is not active.",
                    Map.of("WWW-Authenticate", AccessControl.CHALLENGE));
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Checks a credential unless its username or the caller's address is locked (then the password is not even
     * looked at); a failure counts towards a lock, a success clears the username's count. The counts, the locks and
     * the accounts are in the database: when it cannot be reached, nobody logs in and the caller is told to retry.
     */
    private Verdict check(HttpServletRequest request, Credential credential) {
        try {
            return checkCounted(request, credential);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e)) {
                throw e;
            }
            LOG.warning(() -> "Login refused: the database cannot be reached (" + rootCause(e) + ")");
            return Verdict.UNAVAILABLE;
        }
    }

    private Verdict checkCounted(HttpServletRequest request, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential typed ? typed.getCaller() : "";
        String address = clientAddress.of(request);
        Duration locked = throttle.lockedFor(username, address);
        if (!locked.isZero()) {
            return new Verdict(null, locked);
        }
        CredentialValidationResult result = credential instanceof UsernamePasswordCredential typed
                ? recentLogins.validate(typed, () -> identityStores.validate(credential))
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username);
            return new Verdict(result, Duration.ZERO);
        }
        return new Verdict(null, throttle.failed(username, address));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * A checked login: the valid result, or how long logins stay locked (zero for a plain wrong password), or that it
     * could not be checked for want of the database.
     */
    private record Verdict(CredentialValidationResult result, Duration lockedFor, boolean unavailable) {

        static final Verdict UNAVAILABLE = new Verdict(null, Duration.ZERO, true);

        Verdict(CredentialValidationResult result, Duration lockedFor) {
            this(result, lockedFor, false);
        }

        boolean valid() {
            return result != null;
        }

        boolean locked() {
            return !lockedFor.isZero();
        }
    }

    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(new UsernamePasswordCredential("", ""));
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.of(new UsernamePasswordCredential(decoded, ""))
                : Optional.of(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    /** Where to go back to after logging in: only a path of this application. */
    /** The path and query asked for, encoded for a {@code next} parameter. */
    static String next(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
