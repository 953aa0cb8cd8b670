package it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API caller logged in once through the login form, who then calls the API with its session cookie: a password
 * check (PBKDF2, a quarter of a second here) per request would make a test of a thousand requests take minutes.
 */
public final class FormSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private FormSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Logs the demo account in (password {@code demo}); fails unless the form lets it in. */
    public static FormSession logIn(URL base, String username) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                // HTTP/1.1 as browsers and load balancers send it here, not an upgrade to cleartext HTTP/2.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        FormSession session = new FormSession(http, base.toExternalForm().replaceAll("/+$", ""));
        String page = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login.xhtml"))
                        .GET())
                .text();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("The login page has no view state: " + page);
        }
        String form = "login=login&username=" + encode(username) + "&password=demo&submit=submit"
                + "&jakarta.faces.ViewState=" + encode(viewState.group(1).replace("&#58;", ":"));
        Reply loggedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Reply me = session.send(HttpRequest.newBuilder(URI.create(session.base + "/api/me/attempts"))
                .header("Accept", "application/json")
                .GET());
        if (me.status() == 401) {
            throw new IllegalStateException("The form did not log " + username + " in: " + loggedIn);
        }
        return session;
    }

    /**
     * Any request: {@code path} is sent as written (already encoded); the body goes with its length, or in chunks
     * when {@code chunked}; no body when null.
     */
    public Reply send(String method, String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (chunked) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                // What a page's own script sends: the same-origin guard lets session changes through with it.
                .header("X-Requested-With", "XMLHttpRequest")
                .method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response: status, media type, where it redirects to (empty when it does not) and body. */
    public record Reply(int status, String contentType, String location, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + contentType + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
        }
    }
}
