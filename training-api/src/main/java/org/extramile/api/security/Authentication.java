package org.extramile.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The one authentication mechanism (Jakarta Security 3 allows one per application): a browser
 * logs in through the form and keeps a session; an API client sends HTTP Basic with every request
 * and gets no session. Credentials are checked against the accounts table.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/extramile",
        // People imported from a roster have no password until HR issues them a one-time one.
        callerQuery =
                "select password_hash from account where username = ? and active = true and password_hash is not null",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class Authentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential != null) {
            return formLogin(context, formCredential);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return resume(context, sessionCaller);
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent() && isApi(request)) {
            return basicLogin(response, context, basic.get());
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
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
            HttpServletResponse response, HttpMessageContext context, UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        writeUnauthorized(response);
        return AuthenticationStatus.SEND_FAILURE;
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
    private static String next(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Written by hand: this runs before JAX-RS, so no exception mapper can answer for it. */
    private static void writeUnauthorized(HttpServletResponse response) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        String body = Json.createObjectBuilder()
                .add("type", "https://extramile.org/problems/unauthorized")
                .add("title", "Unauthorized")
                .add("status", 401)
                .add("detail", "The username or password is wrong, or the account is not active.")
                .add("instance", instance)
                .build()
                .toString();
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", AccessControl.CHALLENGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
