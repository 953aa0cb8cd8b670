package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document, called by every kind of caller, against real fixtures: what each gets is
 * what {@link #MATRIX} says. An operation the document has and the matrix has not fails the test: a new endpoint is
 * classified before it ships.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /**
     * One operation a line, run in this order (those that end a fixture, such as abandon or revoke, come last).
     * Columns: anonymous, trainee A (owns the attempt and the certificate), trainee B (another trainee), trainer, HR,
     * admin. {@code ok}: allowed (anything but 401, 403, 404 or a 5xx); {@code 401}: log in first; {@code 403}: the
     * role may not; {@code 404}: someone else's, answered as if it did not exist.
     */
    static final String MATRIX =
            """
            # method path                                              anon  A     B     trainer hr   admin
            GET    /api/scenarios                                      401   ok    ok    ok    ok    ok
            GET    /api/scenarios/{slug}                               401   ok    ok    ok    ok    ok
            POST   /api/scenarios                                      401   403   403   ok    403   ok
            PUT    /api/scenarios/{slug}                               401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/pack                          401   403   403   ok    403   ok
            POST   /api/scenarios/import                               401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/copy                          401   403   403   ok    403   ok
            GET    /api/scenarios/library-updates                      401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/library-update                401   403   403   ok    403   ok
            DELETE /api/scenarios/{slug}/library-update                401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rubric                        401   403   403   ok    403   ok
            PUT    /api/scenarios/{slug}/rubric                        401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/rubric/publish                401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rubric/versions               401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rubric/versions/{number}      401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rubric/versions/{number}/changes  401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/preview                       401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/preview/labels                401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/preview/self-check            401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/labels                        401   403   403   ok    403   ok
            DELETE /api/scenarios/{slug}/labels/{label}                401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/analytics                     401   403   403   ok    403   ok
            GET    /api/analytics/scenarios                            401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/attempt-policy                401   403   403   ok    403   ok
            PUT    /api/scenarios/{slug}/attempt-policy                401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rescore                       401   403   403   ok    403   ok
            POST   /api/scenarios/{slug}/rescore                       401   403   403   ok    403   ok
            GET    /api/scenarios/{slug}/rescore/{rescore}             401   403   403   ok    403   ok
            GET    /api/schemas/scenario-pack.json                     ok    ok    ok    ok    ok    ok
            POST   /api/attempts                                       401   ok    ok    ok    ok    ok
            GET    /api/attempts/{id}                                  401   ok    404   ok    404   ok
            POST   /api/attempts/{id}/turns                            401   ok    404   404   404   404
            POST   /api/attempts/{id}/turns/{turn}/review-request      401   ok    404   404   404   404
            GET    /api/me/attempts                                    401   ok    ok    ok    ok    ok
            GET    /api/review                                         401   403   403   ok    403   ok
            GET    /api/review/audit                                   401   403   403   ok    403   ok
            POST   /api/review/{turn}                                  401   403   403   ok    403   ok
            GET    /api/me/scenarios                                   401   403   403   ok    403   ok
            PUT    /api/me/scenarios/{slug}                            401   403   403   ok    403   ok
            DELETE /api/me/scenarios/{slug}                            401   403   403   ok    403   ok
            GET    /api/programs                                       401   ok    ok    ok    ok    ok
            GET    /api/programs/{slug}                                ok    ok    ok    ok    ok    ok
            GET    /api/programs/{slug}/issuer                         ok    ok    ok    ok    ok    ok
            GET    /api/programs/{slug}/deadline-change                401   403   403   ok    ok    ok
            POST   /api/programs                                       401   403   403   ok    403   ok
            PUT    /api/programs/{slug}                                401   403   403   ok    403   ok
            GET    /api/certificates/{serial}                          ok    ok    ok    ok    ok    ok
            GET    /api/certificates/{serial}/pdf                      401   ok    404   ok    ok    ok
            GET    /api/certificates/{serial}/credential               401   ok    404   ok    ok    ok
            GET    /api/credentials/status/revocation                  ok    ok    ok    ok    ok    ok
            GET    /api/me/certificates                                401   ok    ok    ok    ok    ok
            GET    /api/me/programs                                    401   ok    ok    ok    ok    ok
            GET    /api/me/mail                                        401   ok    ok    ok    ok    ok
            GET    /api/me/data                                        401   ok    ok    ok    ok    ok
            PUT    /api/me/mail                                        401   ok    ok    ok    ok    ok
            GET    /api/records/late                                   401   403   403   403   ok    ok
            GET    /api/records                                        401   403   403   403   ok    ok
            GET    /api/records/xapi                                   401   403   403   403   ok    ok
            GET    /api/records/attempts                               401   403   403   403   ok    ok
            GET    /api/records/pdfs.zip                               401   403   403   403   ok    ok
            GET    /api/people                                         401   403   403   403   ok    ok
            POST   /api/people                                         401   403   403   403   ok    ok
            GET    /api/people/{employeeNumber}                        401   403   403   403   ok    ok
            PUT    /api/people/{employeeNumber}                        401   403   403   403   ok    ok
            POST   /api/people/{employeeNumber}/invitation             401   403   403   403   ok    ok
            POST   /api/people/{employeeNumber}/erasure                401   403   403   403   ok    ok
            GET    /api/people/{employeeNumber}/data                   401   403   403   403   ok    ok
            GET    /api/people/{employeeNumber}/deadlines              401   403   403   403   ok    ok
            PUT    /api/people/{employeeNumber}/deadlines/{program}    401   403   403   403   ok    ok
            DELETE /api/people/{employeeNumber}/deadlines/{program}    401   403   403   403   ok    ok
            POST   /api/people/invitations                             401   403   403   403   ok    ok
            GET    /api/people/invitations/{id}                        401   403   403   403   404   404
            POST   /api/people/import                                  401   403   403   403   ok    ok
            GET    /api/branches                                       401   ok    ok    ok    ok    ok
            POST   /api/branches                                       401   403   403   403   ok    ok
            PUT    /api/branches/{code}                                401   403   403   403   ok    ok
            GET    /api/audit                                          401   403   403   403   ok    ok
            GET    /api/admin/signing-keys                             401   403   403   403   403   ok
            POST   /api/admin/signing-keys/rotate                      401   403   403   403   403   ok
            GET    /api/admin/accounts                                 401   403   403   403   403   ok
            GET    /api/admin/accounts/{username}                      401   403   403   403   403   ok
            PUT    /api/admin/accounts/{username}/roles                401   403   403   403   403   ok
            POST   /api/admin/accounts/{username}/password-reset       401   403   403   403   403   ok
            POST   /api/admin/accounts/{username}/reactivate           401   403   403   403   403   ok
            POST   /api/admin/accounts/{username}/provider-link        401   403   403   403   403   ok
            POST   /api/admin/accounts/{username}/provider-unlink      401   403   403   403   403   ok
            GET    /api/admin/settings                                 401   403   403   403   403   ok
            PUT    /api/admin/settings/organisation                    401   403   403   403   403   ok
            GET    /api/admin/jobs                                     401   403   403   403   403   ok
            GET    /api/admin/jobs/{job}                               401   403   403   403   403   ok
            POST   /api/admin/jobs/{job}                               401   403   403   403   403   ok
            GET    /api/admin/mail                                     401   403   403   403   403   ok
            POST   /api/admin/mail/test                                401   403   403   403   403   ok
            POST   /api/me/password                                    401   ok    ok    ok    ok    ok
            POST   /api/attempts/{id}/abandon                          401   ok    404   404   404   404
            POST   /api/certificates/{serial}/reissue                  401   403   403   403   ok    ok
            POST   /api/certificates/{serial}/revoke                   401   403   403   403   ok    ok
            POST   /api/scenarios/{slug}/archive                       401   403   403   ok    403   ok
            POST   /api/admin/accounts/{username}/deactivate           401   403   403   403   403   ok
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void shouldGiveEveryCallerOfEveryOperationWhatTheMatrixSays() {
        Map<String, Operation> documented = documentedOperations();
        List<Row> matrix = Row.parse(MATRIX);
        Fixtures fixtures = new Fixtures(new Api(base));

        assertThat(unclassified(documented, matrix))
                .as("Operations in /openapi with no line in the matrix: classify them (rows ready to edit)")
                .isEmpty();
        assertThat(matrix.stream().map(Row::key).filter(key -> !documented.containsKey(key)))
                .as("Lines in the matrix for operations /openapi does not have")
                .isEmpty();
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix) {
            Operation operation = documented.get(row.key());
            for (Caller caller : Caller.values()) {
                int status = call(operation, fixtures, caller);
                String expected = row.expected().get(caller.ordinal());
                if (!Outcome.matches(expected, status)) {
                    wrong.add(row.key() + " as " + caller.name().toLowerCase() + ": expected " + expected + ", got "
                            + status);
                }
            }
        }
        assertThat(wrong)
                .as("Callers that got something else than the matrix says")
                .isEmpty();
    }

    private static List<String> unclassified(Map<String, Operation> documented, List<Row> matrix) {
        Set<String> classified = new TreeSet<>();
        matrix.forEach(row -> classified.add(row.key()));
        return documented.keySet().stream()
                .filter(key -> !classified.contains(key))
                .sorted()
                .map(key -> String.format("%-6s %-50s  ?  ?  ?  ?  ?  ?", key.split(" ")[0], key.split(" ")[1]))
                .toList();
    }

    /** Each operation of /openapi under "METHOD /path", with the media type of its request body if it has one. */
    private Map<String, Operation> documentedOperations() {
        HttpResponse<String> document = send(HttpRequest.newBuilder(URI.create(root() + "/openapi"))
                .header("Accept", "application/json")
                .GET());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject paths = Json.createReader(new StringReader(document.body()))
                .readObject()
                .getJsonObject("paths");
        Map<String, Operation> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                String mediaType = body == null
                        ? null
                        : body.getJsonObject("content").keySet().iterator().next();
                String httpMethod = method.toUpperCase();
                operations.put(httpMethod + " " + path, new Operation(httpMethod, path, mediaType));
            }
        }));
        return operations;
    }

    private int call(Operation operation, Fixtures fixtures, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + fixtures.fill(operation, caller)))
                .header("Accept", "*/*");
        if (caller.username(fixtures) != null) {
            String credentials = caller.username(fixtures) + ":demo";
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        String body = fixtures.body(operation);
        if (operation.mediaType() != null) {
            request.header("Content-Type", operation.mediaType());
        }
        request.method(
                operation.method(),
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request).statusCode();
    }

    private String root() {
        return base.toExternalForm().replaceAll("/+$", "");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Who calls: the columns of the matrix, in order. */
    enum Caller {
        ANONYMOUS,
        TRAINEE,
        OTHER_TRAINEE,
        TRAINER,
        HR,
        ADMIN;

        String username(Fixtures fixtures) {
            return switch (this) {
                case ANONYMOUS -> null;
                case TRAINEE -> fixtures.traineeA;
                case OTHER_TRAINEE -> fixtures.traineeB;
                case TRAINER -> "trainer";
                case HR -> "hr";
                case ADMIN -> "admin";
            };
        }
    }

    /** What a cell of the matrix accepts. */
    static final class Outcome {

        private Outcome() {}

        static boolean matches(String expected, int status) {
            return expected.equals("ok")
                    ? status < 500 && status != 401 && status != 403 && status != 404
                    : Integer.parseInt(expected) == status;
        }
    }

    record Operation(String method, String path, String mediaType) {}

    /** A line of the matrix: the operation and what each caller, in {@link Caller} order, gets. */
    record Row(String method, String path, List<String> expected) {

        String key() {
            return method + " " + path;
        }

        static List<Row> parse(String matrix) {
            return matrix.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> {
                        String[] cells = line.split("\\s+");
                        if (cells.length != 2 + Caller.values().length) {
                            throw new IllegalArgumentException("A matrix line needs a method, a path and "
                                    + Caller.values().length + " outcomes: " + line);
                        }
                        return new Row(cells[0], cells[1], List.of(cells).subList(2, cells.length));
                    })
                    .toList();
        }
    }

    /**
     * Real values for the path parameters, so that "allowed" is checked on something that exists: trainee A's
     * certificate, attempt in progress and a turn waiting for review; a person HR enrolled; a scenario of the library
     * for reading and a copy of it for the changes (archive included).
     */
    static final class Fixtures {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
        private static final String PLAYED = "genuine-welcome";

        final String traineeA = Trainees.create("matrix-a");
        final String traineeB = Trainees.create("matrix-b");
        private final String serial;
        private final String attempt;
        private final String step;
        private final String turn;
        private final String employeeNumber;
        private final String scenarioCopy;
        private final long rescore;
        private final List<String> labels;

        Fixtures(Api api) {
            RolePlays plays = new RolePlays(api);
            serial = plays.certify(traineeA);
            JsonObject started = plays.start(traineeA, PLAYED);
            attempt = started.getString("id");
            step = started.getJsonObject("currentStep").getString("key");
            String reviewed = plays.start(traineeA, "mixed-up-order").getString("id");
            turn = plays.answer(traineeA, reviewed, "wrong-drink", "I'll have a word with the barista.")
                    .json()
                    .asJsonObject()
                    .getJsonObject("turn")
                    .getString("id");
            employeeNumber = "MX-" + (System.nanoTime() % 1_000_000);
            Api.Reply enrolled = api.postJson(
                    "/api/people",
                    "hr",
                    Json.createObjectBuilder()
                            .add("employeeNumber", employeeNumber)
                            .add("name", "Matrix Person")
                            .add("email", employeeNumber.toLowerCase() + "@example.com")
                            .add("branch", "CITY")
                            .add("hireDate", "2026-03-01")
                            .build()
                            .toString());
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            scenarioCopy = "matrix-" + (System.nanoTime() % 1_000_000);
            Api.Reply imported = api.post(
                    "/api/scenarios/import?slug=" + scenarioCopy,
                    "trainer",
                    "application/json",
                    api.get("/api/scenarios/free-upgrade/pack", "trainer")
                            .body()
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
            Api.Reply published = api.postJson("/api/scenarios/" + scenarioCopy + "/rubric/publish", "trainer", "");
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
            Api.Reply rescored = api.postJson(
                    "/api/scenarios/" + scenarioCopy + "/rescore",
                    "trainer",
                    Json.createObjectBuilder()
                            .add("version", published.json().asJsonObject().getInt("number"))
                            .add("reason", "A rescore for the matrix to read.")
                            .build()
                            .toString());
            assertThat(rescored.status()).as(rescored.toString()).isEqualTo(202);
            rescore = rescored.json().asJsonObject().getJsonNumber("id").longValue();
            labels = api
                    .get("/api/scenarios/" + scenarioCopy + "/labels?size=" + Caller.values().length, "trainer")
                    .json()
                    .asJsonObject()
                    .getJsonObject("answers")
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(answer -> answer.getJsonNumber("id").toString())
                    .toList();
        }

        /** The operation's path with its parameters filled in. */
        String fill(Operation operation, Caller caller) {
            Matcher parameters = PARAMETER.matcher(operation.path());
            StringBuilder path = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(
                        path, Matcher.quoteReplacement(value(operation, parameters.group(1), caller)));
            }
            return parameters.appendTail(path).toString();
        }

        private String value(Operation operation, String parameter, Caller caller) {
            return switch (parameter) {
                case "serial" -> serial;
                case "id" -> attempt;
                case "turn" -> turn;
                case "number" -> "1";
                case "rescore" -> String.valueOf(rescore);
                // A labelled answer of its own for each caller, since the one allowed removes it.
                case "label" -> labels.get(caller.ordinal());
                case "employeeNumber" -> employeeNumber;
                // Without a deadline: extending it is refused (409), so nothing changes.
                case "program" -> "cx-essentials";
                // The person HR enrolled: their username is the employee number in lower case.
                case "username" -> employeeNumber.toLowerCase();
                // Renaming with an empty body is refused (400), so the branch keeps its name.
                case "code" -> "CITY";
                // Finds nothing to calibrate in the fixtures, and is harmless to run again.
                case "job" -> "calibration";
                case "slug" ->
                    operation.path().startsWith("/api/programs")
                            ? "cx-essentials"
                            : operation.method().equals("GET")
                                            && !operation.path().contains("{rescore}")
                                    ? "free-upgrade"
                                    : scenarioCopy;
                default ->
                    throw new IllegalArgumentException(
                            "No fixture for {" + parameter + "} in " + operation.path() + ": add one to Fixtures");
            };
        }

        /** A body of the operation's media type: an empty one, unless a meaningful check needs a valid one. */
        String body(Operation operation) {
            if (operation.mediaType() == null) {
                return null;
            }
            if (operation.method().equals("POST") && operation.path().equals("/api/attempts/{id}/turns")) {
                return Json.createObjectBuilder()
                        .add("step", step)
                        .add("text", "Good morning! Lovely to see you again, your usual?")
                        .build()
                        .toString();
            }
            return operation.mediaType().contains("json") ? "{}" : "";
        }
    }
}
