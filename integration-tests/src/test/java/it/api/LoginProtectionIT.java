package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.Trainees;
import it.support.Urls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Login throttling and lockout (HTTP Basic and the form), the session cookie's attributes, and cross-site request
 * forgery: refused on the API when a browser session's change comes from elsewhere, and a Faces form that cannot be
 * posted without its view's unguessable state.
 */
@ExtendWith(ArquillianExtension.class)
class LoginProtectionIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String EVIL = "https://evil.example";
    /** A wrong password that must never show up in what the application keeps. */
    private static final String GUESS = "Guess-7731-Tulip";
    /** Each test that counts failures per address sends from its own loopback address (127.0.0.x). */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @ArquillianResource
    URL base;

    Api api;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void connect() {
        base = Urls.root(base);
        api = new Api(base);
    }

    // Throttling over HTTP Basic. (No @Nested groups: Arquillian injects only the outer instance.)

    @Test
    void shouldLockAUsernameOnItsFifthFailureEvenForTheRightPassword() {
        String trainee = Trainees.create("locked");
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(api.get("/api/me/certificates", trainee + ":" + GUESS).status())
                    .isEqualTo(401);
        }

        Api.Reply fifth = api.get("/api/me/certificates", trainee + ":" + GUESS);
        Api.Reply rightPassword = api.get("/api/me/certificates", trainee);

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(rightPassword.status()).isEqualTo(429);
        assertThat(rightPassword.contentType()).startsWith(PROBLEM);
        JsonObject problem = rightPassword.json().asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("detail"))
                .contains("Too many failed logins")
                .contains("seconds");
        long retryAfter = Long.parseLong(header(basicGet(trainee + ":demo"), "Retry-After"));
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
        String audit =
                api.get("/api/audit?action=LOGIN_LOCKOUT&size=200", "admin").body();
        assertThat(audit).contains("\"actor\":\"" + trainee + "\"").doesNotContain(GUESS);
    }

    @Test
    void shouldLockAUsernameThatDoesNotExistExactlyAsOneThatDoes() {
        String real = Trainees.create("exists");
        String missing = "no-such-person-" + System.nanoTime();

        List<Integer> realStatuses = fiveFailures(real);
        List<Integer> missingStatuses = fiveFailures(missing);

        assertThat(missingStatuses).isEqualTo(realStatuses).containsExactly(401, 401, 401, 401, 429);
        assertThat(withoutFigures(
                        api.get("/api/me/certificates", missing + ":x").json()))
                .isEqualTo(withoutFigures(
                        api.get("/api/me/certificates", real + ":x").json()));
    }

    @Test
    void shouldForgetAUsernamesFailuresWhenItLogsIn() {
        String trainee = Trainees.create("forgiven");
        for (int failure = 1; failure <= 4; failure++) {
            api.get("/api/me/certificates", trainee + ":wrong");
        }

        assertThat(api.get("/api/me/certificates", trainee).status()).isEqualTo(200);

        for (int failure = 1; failure <= 4; failure++) {
            assertThat(api.get("/api/me/certificates", trainee + ":wrong").status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/me/certificates", trainee).status()).isEqualTo(200);
    }

    @Test
    void shouldLockAnAddressThatTriesManyUsernamesButNotOtherAddresses() {
        String address = "127.0.0." + NEXT_ADDRESS.incrementAndGet();
        String trainee = Trainees.create("sprayed");
        for (int guess = 1; guess < 50; guess++) {
            assertThat(status(fromAddress(address, "guess-" + guess + ":demo"))).isEqualTo(401);
        }

        String fiftieth = fromAddress(address, "guess-50:demo");
        String rightPasswordFromThere = fromAddress(address, trainee + ":demo");

        assertThat(status(fiftieth)).isEqualTo(429);
        assertThat(status(rightPasswordFromThere)).isEqualTo(429);
        assertThat(header(rightPasswordFromThere, "Retry-After")).matches("\\d+");
        assertThat(api.get("/api/me/certificates", trainee).status()).isEqualTo(200);
    }

    private List<Integer> fiveFailures(String username) {
        return java.util.stream.IntStream.range(0, 5)
                .mapToObj(i ->
                        api.get("/api/me/certificates", username + ":wrong").status())
                .toList();
    }

    /** The problem without its instance id and the seconds left, which differ between any two answers. */
    private static String withoutFigures(jakarta.json.JsonStructure problem) {
        JsonObject object = problem.asJsonObject();
        return object.getString("title")
                + object.getInt("status")
                + object.getString("detail").replaceAll("\\d+", "N");
    }

    private String basicGet(String credentials) {
        return fromAddress(base.getHost(), credentials);
    }

    // The login form.

    @Test
    void shouldSayHowLongToWaitAndTheSameForAnyUsername() {
        String trainee = Trainees.create("form-locked");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();

            String lockedMessage = null;
            for (int failure = 1; failure <= 5; failure++) {
                lockedMessage = failedFormLogin(page, trainee, "wrong");
            }
            String rightPasswordMessage = failedFormLogin(page, trainee, "demo");
            browser.screenshot("login-locked");
            String missing = "nobody-" + System.nanoTime();
            for (int failure = 1; failure <= 4; failure++) {
                failedFormLogin(page, missing, "wrong");
            }
            String missingMessage = failedFormLogin(page, missing, "wrong");

            assertThat(lockedMessage).contains("Too many failed logins").contains("try again in 15 min");
            assertThat(rightPasswordMessage).isEqualTo(lockedMessage);
            assertThat(page.getCurrentUrl()).contains("/login.xhtml");
            assertThat(missingMessage).isEqualTo(lockedMessage);
        }
    }

    private String failedFormLogin(WebDriver page, String username, String password) {
        page.get(base.toExternalForm() + "login.xhtml");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        WebElement submit = page.findElement(By.id("submit"));
        submit.click();
        // The answer is a new page: read its message, not the one of the page it replaces.
        new WebDriverWait(page, Duration.ofSeconds(30)).until(Browser.replaced(submit));
        return page.findElement(By.cssSelector("[role=alert]")).getText();
    }

    // The session cookie.

    @Test
    void shouldBeHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(uri("login.xhtml")).GET());

        String cookie = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + loginPage.headers()));
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    // Cross-site requests.

    private static final String START = "{\"scenario\": \"free-upgrade\"}";

    @Test
    void shouldRefuseAChangeWithTheSessionFromAnotherSite() {
        String session = sessionOf(Trainees.create("csrf-target"));

        HttpResponse<String> forged = post("/api/attempts", START, Map.of("Cookie", session, "Origin", EVIL));
        HttpResponse<String> forgedByReferer =
                post("/api/attempts", START, Map.of("Cookie", session, "Referer", EVIL + "/cats.html"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(json(forged).getString("detail")).contains("another site").contains(EVIL);
        assertThat(forgedByReferer.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAChangeWithTheSessionThatDoesNotSayWhereItComesFrom() {
        String session = sessionOf(Trainees.create("csrf-silent"));

        HttpResponse<String> silent = post("/api/attempts", START, Map.of("Cookie", session));

        assertThat(silent.statusCode()).isEqualTo(403);
        assertThat(json(silent).getString("detail")).contains("Origin");
    }

    @Test
    void shouldAcceptAChangeWithTheSessionFromOurOwnPages() {
        String session = sessionOf(Trainees.create("csrf-own"));
        String ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        HttpResponse<String> sameOrigin = post("/api/attempts", START, Map.of("Cookie", session, "Origin", ownOrigin));
        HttpResponse<String> customHeader = post(
                "/api/attempts",
                "{\"scenario\": \"fetch-from-another-branch\"}",
                Map.of("Cookie", session, "X-Requested-With", "XMLHttpRequest"));
        HttpResponse<String> reading = send(HttpRequest.newBuilder(uri("api/me/attempts"))
                .header("Cookie", session)
                .header("Origin", EVIL)
                .GET());

        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        assertThat(customHeader.statusCode()).as(customHeader.body()).isEqualTo(201);
        assertThat(reading.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLeaveApiClientsWithHttpBasicAlone() {
        String trainee = Trainees.create("csrf-basic");

        Api.Reply started = api.postJson("/api/attempts", trainee, START);

        assertThat(started.status()).isEqualTo(201);
    }

    @Test
    void shouldNotRunAFacesFormPostedWithAGuessedViewState() {
        String session = sessionOf(Trainees.create("csrf-faces"));
        String page = send(HttpRequest.newBuilder(uri("scenarios.xhtml"))
                        .header("Cookie", session)
                        .GET())
                .body();
        String viewState = viewState(page);

        HttpResponse<String> forgedLogout = send(HttpRequest.newBuilder(uri("scenarios.xhtml"))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "session=session&session%3Alogout=x&jakarta.faces.ViewState=" + guessNextTo(viewState))));

        assertThat(viewState).matches("-?\\d{6,}:-?\\d{6,}");
        assertThat(forgedLogout.headers().firstValue("Location"))
                .as("sent to the expired page, not logged out")
                .hasValueSatisfying(location -> assertThat(location).contains("/error/expired"));
        assertThat(send(HttpRequest.newBuilder(uri("api/me/attempts"))
                                .header("Cookie", session)
                                .GET())
                        .statusCode())
                .as("still logged in")
                .isEqualTo(200);
    }

    @Test
    void shouldHandBackWhatWasTypedIntoAnExpiredLoginPageButNeverThePassword() {
        HttpClient browserLike = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String form = "login=login&username=typed-before-expiry&password=Secret-Typed-1&submit=Log+in"
                + "&jakarta.faces.ViewState=1234567890:-1234567890";

        String expiredPage;
        try {
            expiredPage = browserLike
                    .send(
                            HttpRequest.newBuilder(uri("login.xhtml"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        assertThat(expiredPage).contains("typed-before-expiry").doesNotContain("Secret-Typed-1");
    }

    /** Logs in through the form in a real browser and takes its session cookie. */
    private String sessionOf(String username) {
        try (Browser browser = new Browser()) {
            browser.logIn(base, username);
            // Every cookie, as the browser sends them: a distributable application versions its sessions in a
            // second cookie (JSESSIONIDVERSION), and the session without it is read as it was before the login.
            return browser.driver().manage().getCookies().stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    private static String viewState(String page) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No view state in the page");
        }
        return matcher.group(1);
    }

    /** What a forger could try: the same shape as a real view state, one digit off. */
    private static String guessNextTo(String viewState) {
        char last = viewState.charAt(viewState.length() - 1);
        return viewState.substring(0, viewState.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    private HttpResponse<String> post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path.substring(1)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET of /api/me/certificates with Basic credentials, sent from a local address of our choosing (Java 17's HTTP
     * client cannot choose one): the whole answer as text.
     */
    private String fromAddress(String localAddress, String credentials) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(
                    new InetSocketAddress(
                            localAddress.startsWith("127.") ? "127.0.0.1" : base.getHost(), base.getPort()),
                    10_000);
            socket.setSoTimeout(30_000);
            String request = "GET /api/me/certificates HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    private static String header(String rawResponse, String name) {
        Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.+?)\\r?$")
                .matcher(rawResponse);
        if (!matcher.find()) {
            throw new AssertionError("No " + name + " in " + rawResponse);
        }
        return matcher.group(1).trim();
    }
}
