package it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A small OpenID Connect provider inside the test JVM, for single sign-on tests: discovery, an authorization
 * endpoint that signs in the person the test chose without asking (and sends the browser back with a code), a token
 * endpoint that checks the client's secret and the code and answers with an RS256-signed ID token, its key set, and
 * userinfo. The ID token carries the username and groups; the name and the email are only in userinfo, so a sign-in
 * that shows them used the access token. Like a real provider it keeps a session in a cookie of its own: while it
 * lasts, the authorization endpoint signs in that session's person again, whoever the test chose next, until the
 * end-of-session endpoint (RP-Initiated Logout, which the discovery document may leave out) ends it.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    /** A person at the provider: subject, username, name, email and groups. */
    public record Person(String subject, String username, String name, String email, List<String> groups) {}

    private record Grant(Person person, String nonce, String redirectUri) {}

    // Not JSESSIONID: cookies do not tell ports apart, and ExtraMile runs on the same host.
    private static final String SESSION_COOKIE = "test_provider_session";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final RSAKey key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Person> sessions = new ConcurrentHashMap<>();
    private final List<String> sessionsEnded = new CopyOnWriteArrayList<>();
    private volatile Person next;
    private volatile String endSessionOrigin;

    private TestOpenIdProvider(String clientId, String clientSecret) throws IOException, JOSEException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        key = new RSAKeyGenerator(2048).keyID("test-provider").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        endSessionOrigin = issuer;
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.createContext("/userinfo", this::userinfo);
        server.createContext("/end-session", this::endSession);
        server.setExecutor(threads);
        server.start();
    }

    public static TestOpenIdProvider start(String clientId, String clientSecret) {
        try {
            return new TestOpenIdProvider(clientId, clientSecret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's address, which is also its issuer. */
    public String issuer() {
        return issuer;
    }

    /** The person the next authorization request signs in, unless the browser is still signed in here. */
    public void willSignIn(Person person) {
        next = person;
    }

    /**
     * The origin at which the discovery document names the end-of-session endpoint (the issuer's unless told
     * otherwise; any spelling of this server's address reaches it), or none.
     */
    public void offerEndSessionAt(String origin) {
        endSessionOrigin = origin;
    }

    /** The subjects whose sessions the end-of-session endpoint ended, oldest first. */
    public List<String> sessionsEnded() {
        return List.copyOf(sessionsEnded);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("userinfo_endpoint", issuer + "/userinfo");
        document.put("jwks_uri", issuer + "/jwks");
        if (endSessionOrigin != null) {
            document.put("end_session_endpoint", endSessionOrigin + "/end-session");
        }
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "email", "profile"));
        json(exchange, 200, document);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String session = sessionCookie(exchange);
        Person person = session != null && sessions.containsKey(session) ? sessions.get(session) : next;
        if (person == null
                || !clientId.equals(query.get("client_id"))
                || !"code".equals(query.get("response_type"))
                || !query.getOrDefault("scope", "").contains("openid")) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = token();
        codes.put(code, new Grant(person, query.get("nonce"), query.get("redirect_uri")));
        if (session == null || !sessions.containsKey(session)) {
            session = token();
            sessions.put(session, person);
            exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + session + "; Path=/; HttpOnly");
        }
        String back = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (!clientId.equals(body.get("client_id")) || !clientSecret.equals(body.get("client_secret"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if (grant == null
                || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = token();
        accessTokens.put(accessToken, grant.person());
        json(
                exchange,
                200,
                Map.of(
                        "access_token",
                        accessToken,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        300,
                        "id_token",
                        idToken(grant)));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(grant.person().subject())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", grant.person().username())
                .claim("groups", grant.person().groups());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person person = authorization == null || !authorization.startsWith("Bearer ")
                ? null
                : accessTokens.get(authorization.substring(7));
        if (person == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        json(exchange, 200, Map.of("sub", person.subject(), "name", person.name(), "email", person.email()));
    }

    /**
     * RP-Initiated Logout: ends the browser's session when the ID token hint is one this provider signed for the
     * client and of the session's person, and sends the browser to the post-logout address; else a 400.
     */
    private void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String session = sessionCookie(exchange);
        Person person = session == null ? null : sessions.get(session);
        String hinted;
        try {
            SignedJWT hint = SignedJWT.parse(query.getOrDefault("id_token_hint", ""));
            hinted = hint.verify(new RSASSAVerifier(key.toRSAPublicKey()))
                            && hint.getJWTClaimsSet().getAudience().contains(clientId)
                    ? hint.getJWTClaimsSet().getSubject()
                    : null;
        } catch (java.text.ParseException | JOSEException e) {
            hinted = null;
        }
        if (person == null
                || !person.subject().equals(hinted)
                || !clientId.equals(query.get("client_id"))
                || query.get("post_logout_redirect_uri") == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        sessions.remove(session);
        sessionsEnded.add(hinted);
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0");
        exchange.getResponseHeaders().set("Location", query.get("post_logout_redirect_uri"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String sessionCookie(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::strip)
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
                .map(cookie -> cookie.substring(SESSION_COOKIE.length() + 1))
                .findFirst()
                .orElse(null);
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> form(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first));
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
