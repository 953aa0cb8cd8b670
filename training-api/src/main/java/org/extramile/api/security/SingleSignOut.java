package org.extramile.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging out of a session that single sign-on began ends the provider's session too (OpenID Connect RP-Initiated
 * Logout), or the next person at a shared till who clicks "Sign in with ..." would be signed straight into the
 * previous person's account. The sign-in keeps the provider's ID token in the session, as the hint that tells the
 * provider whose session to end; the logout ends ExtraMile's session first, so that it is over whatever the provider
 * does, then sends the browser to the provider's {@code end_session_endpoint}, which sends it back to
 * {@link #SIGNED_OUT}. A provider that offers no such endpoint, offers one on another origin, or cannot be reached,
 * leaves its session open: the login page then says so, so that the person can sign out there.
 */
@ApplicationScoped
public class SingleSignOut {

    /** Where the provider sends the browser back once its session is over: register it at the provider. */
    public static final String SIGNED_OUT = "/sso/signed-out";

    /** The login page after a logout (the page says "You have logged out."). */
    static final String LOGGED_OUT = Authentication.LOGIN_PAGE + "?loggedOut=true";

    /** The login page after a logout that could not end the provider's session (the page says so). */
    static final String PROVIDER_STILL_SIGNED_IN = Authentication.LOGIN_PAGE + "?loggedOut=provider";

    /** Session attribute: the raw ID token of the sign-in that began this session. */
    static final String ID_TOKEN = "org.extramile.sso.idToken";

    private static final Logger LOG = Logger.getLogger(SingleSignOut.class.getName());

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    @Inject
    SingleSignOnSettings settings;

    /** Keeps the ID token of the sign-in that began this session (a string: the session stays serializable). */
    void remember(HttpSession session, String idToken) {
        session.setAttribute(ID_TOKEN, idToken);
    }

    /** The ID token of the sign-in that began the session, if single sign-on began it; read it before the logout. */
    public Optional<String> idToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : session.getAttribute(ID_TOKEN))
                .map(String.class::cast);
    }

    /**
     * Where to send the browser once ExtraMile's session is over: the provider's end of session for a session that
     * single sign-on began ({@code idToken}), else the login page.
     */
    public String afterLogout(HttpServletRequest request, Optional<String> idToken) {
        String base = request.getContextPath();
        if (idToken.isEmpty() || !settings.isEnabled()) {
            return base + LOGGED_OUT;
        }
        return endSessionEndpoint()
                .map(endpoint -> endSession(endpoint, idToken.get(), baseUrl(request) + SIGNED_OUT))
                .orElse(base + PROVIDER_STILL_SIGNED_IN);
    }

    private String endSession(String endpoint, String idToken, String comeBackTo) {
        return endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(idToken)
                + "&client_id=" + encode(settings.getClientId())
                + "&post_logout_redirect_uri=" + encode(comeBackTo);
    }

    /**
     * The provider's end of session, read from its discovery document at each such logout rather than kept: a
     * logout is rare, and an endpoint the provider adds or drops is then followed at once.
     */
    private Optional<String> endSessionEndpoint() {
        String discovery = settings.getProviderUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(discovery))
                            .timeout(PATIENCE)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning("The provider's discovery document " + discovery + " answered " + response.statusCode()
                        + ": its session is left open");
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject document = reader.readObject();
                return Optional.ofNullable(document.get("end_session_endpoint"))
                        .filter(JsonString.class::isInstance)
                        .map(value -> ((JsonString) value).getString())
                        .filter(endpoint -> onTheProvidersOrigin(endpoint, discovery));
            }
        } catch (IOException | RuntimeException unreachable) {
            LOG.warning("The provider's discovery document " + discovery + " could not be read (" + unreachable
                    + "): its session is left open");
            LOG.log(Level.FINE, "Discovery failed", unreachable);
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Whether the browser may be sent to this end of session: the pages' Content-Security-Policy lets a form lead to
     * the provider's origin only ({@code form-action}), and a discovery document's other addresses are not trusted.
     */
    private boolean onTheProvidersOrigin(String endpoint, String discovery) {
        if (Origins.of(endpoint).equals(settings.providerOrigin())) {
            return true;
        }
        LOG.warning("The end of session " + endpoint + " in " + discovery
                + " is not on the provider's origin, where the pages may send a browser: its session is left open");
        return false;
    }

    /** This application's address as the browser reached it, as Soteria builds the callback's. */
    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
