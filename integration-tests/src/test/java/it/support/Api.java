package it.support;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, as an outside caller sees it. */
public final class Api {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public Api(URL base) {
        this.base = URI.create(base.toExternalForm().replaceAll("/+$", "") + "/");
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Reply postJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST with extra headers, e.g. an Idempotency-Key. */
    public Reply postJson(String path, String user, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** Any body, as bytes, with the content type given (none when null); a minute to answer. */
    public Reply post(String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder request =
                request(path, user).timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Reply putJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /** A GET that asks for a media type of its choosing. */
    public Reply get(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET());
    }

    /** A GET with headers of its choosing (Accept, Accept-Language, ...). */
    public Reply get(String path, String user, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path, user);
        headers.forEach(request::setHeader);
        return send(request.GET());
    }

    /** A GET whose body is binary, e.g. a PDF. */
    public byte[] bytes(String path, String user) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path, user).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of a download: the status, the headers and the body as bytes, whatever the status. */
    public Download download(String path, String user, String accept) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path, user)
                            .timeout(Duration.ofMinutes(2))
                            .setHeader("Accept", accept)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded body with its status, media type and Content-Disposition. */
    public record Download(int status, String contentType, String disposition, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.contains("json") ? text() : body.length + " bytes");
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(30))
                .setHeader("Accept", "application/json");
        if (user != null) {
            // Every demo account's password is 'demo'; a user written "name:password" brings its own.
            String credentials = user.contains(":") ? user : user + ":demo";
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, media type, Basic challenge and Location if any, and the body. */
    public record Reply(int status, String contentType, String challenge, String location, String body) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
