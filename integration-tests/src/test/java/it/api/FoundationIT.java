package it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.support.Api;
import it.support.Deployments;
import it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The foundation end to end: health, security, the seeded catalogue and errors as problem details. */
class FoundationIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldBeReadyWhenTheDatabaseAnswers() {
        Api.Reply ready = api.get("/health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        JsonObject health = ready.json().asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"), check -> check.getString("status"))
                .contains(tuple("database", "UP"), tuple("shutdown", "UP"));
    }

    @Test
    void shouldBeLive() {
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }

    @Test
    void shouldPublishTheOpenApiDocumentWithoutLogin() {
        Api.Reply openapi = api.get("/openapi", null);

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/scenarios").contains("ExtraMile API");
    }

    /**
     * An integrator reads the exports' filters and formats from the document: the query parameters of a bean of
     * them, and every format the Accept header chooses between, which Payara alone leaves out or collapses.
     */
    @Test
    void shouldDocumentTheFiltersAndEveryFormatOfTheExports() {
        JsonObject paths = api.get("/openapi", null, "application/json")
                .json()
                .asJsonObject()
                .getJsonObject("paths");
        JsonObject records = paths.getJsonObject("/api/records").getJsonObject("get");

        assertThat(records.getJsonArray("parameters").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"), p -> p.getString("in"))
                .contains(
                        tuple("from", "query"),
                        tuple("to", "query"),
                        tuple("program", "query"),
                        tuple("branch", "query"),
                        tuple("status", "query"),
                        tuple("within", "query"),
                        tuple("employee", "query"),
                        tuple("bom", "query"));
        assertThat(records.getJsonArray("parameters").getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("name").equals("status"))
                .singleElement()
                .satisfies(p -> assertThat(p.getString("description")).contains("expiring"));
        assertThat(records.getJsonObject("responses")
                        .getJsonObject("default")
                        .getJsonObject("content")
                        .keySet())
                .containsExactly(
                        "text/csv",
                        "application/json",
                        "application/x-ndjson",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/zip");
        assertThat(records.getString("operationId")).isEqualTo("csv");
        assertThat(records.getString("description")).contains("application/zip: ");
        assertThat(paths.getJsonObject("/api/audit").getJsonObject("get").getJsonArray("parameters"))
                .extracting(p -> p.asJsonObject().getString("name"))
                .contains("action", "actor", "person", "from", "to", "page", "size");
        assertThat(paths.getJsonObject("/api/scenarios/{slug}/analytics")
                        .getJsonObject("get")
                        .getJsonArray("parameters"))
                .extracting(p -> p.asJsonObject().getString("name"))
                .contains("slug", "from", "to", "branch");
        assertThat(paths.toString()).doesNotContain(";qs=");
    }

    @Test
    void shouldAnswer401AsProblemWithoutLogin() {
        Api.Reply reply = api.get("/api/scenarios", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.challenge()).startsWith("Basic");
        assertThat(reply.json().asJsonObject().getString("detail")).contains("Log in");
    }

    @Test
    void shouldAnswer401ForAWrongPassword() {
        Api.Reply reply = api.get("/api/scenarios", "trainee:not-the-password");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().asJsonObject().getInt("status")).isEqualTo(401);
    }

    @Test
    void shouldListTheFiveSeededScenariosToATrainee() {
        Api.Reply reply = api.get("/api/scenarios", "trainee");

        assertThat(reply.status()).isEqualTo(200);
        JsonArray scenarios = reply.json().asJsonArray();
        assertThat(scenarios.getValuesAs(JsonObject.class))
                .extracting(scenario -> scenario.getString("slug"))
                .containsExactly(
                        "free-upgrade",
                        "fetch-from-another-branch",
                        "buy-the-missing-drink",
                        "mixed-up-order",
                        "genuine-welcome");
        assertThat(scenarios.getValuesAs(JsonObject.class))
                .allSatisfy(scenario -> assertThat(scenario.getString("title")).isNotBlank());
    }

    @Test
    void shouldShowOneScenarioBySlugAndAnswer404ForAnUnknownOne() {
        assertThat(api.get("/api/scenarios/mixed-up-order", "trainee")
                        .json()
                        .asJsonObject()
                        .getString("title"))
                .isNotBlank();

        Api.Reply unknown = api.get("/api/scenarios/no-such-story", "trainee");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
        assertThat(unknown.json().asJsonObject().getString("detail")).contains("no-such-story");
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblemNotAServerError() {
        Api.Reply reply = api.postJson("/api/scenarios", "trainer", "{\"slug\": \"late-delivery\", \"title\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        JsonObject problem = reply.json().asJsonObject();
        assertThat(problem.getString("title")).isEqualTo("Bad Request");
        assertThat(problem.getString("detail")).contains("not valid JSON");
        assertThat(problem.getString("instance")).startsWith("urn:uuid:");
    }

    @Test
    void shouldNameEveryInvalidField() {
        Api.Reply reply = api.postJson("/api/scenarios", "trainer", "{\"slug\": \"Late Delivery\", \"title\": \"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(violation -> violation.getString("field"))
                .containsExactly("slug", "summary", "title");
        assertThat(reply.json()
                        .asJsonObject()
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("pointer"))
                .isEqualTo("/slug");
    }

    @Test
    void shouldLetATrainerStartADraftOnceAndTellAClashingSlugApart() throws Exception {
        String draft =
                "{\"slug\": \"late-delivery\", \"title\": \"The late parcel\", \"summary\": \"A parcel is two days late.\"}";

        Api.Reply created = api.postJson("/api/scenarios", "trainer", draft);
        Api.Reply again = api.postJson("/api/scenarios", "trainer", draft);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().asJsonObject().getString("status")).isEqualTo("DRAFT");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM);
        assertThat(countScenarios("late-delivery")).isEqualTo(1);
        assertThat(api.get("/api/scenarios", "trainee").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(scenario -> scenario.getString("slug"))
                .doesNotContain("late-delivery");
    }

    @Test
    void shouldForbidATraineeToAuthor() {
        Api.Reply reply = api.postJson(
                "/api/scenarios",
                "trainee",
                "{\"slug\": \"sneaky\", \"title\": \"Sneaky\", \"summary\": \"Not allowed.\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithAProblem() {
        Api.Reply reply = api.get("/api/nothing-here", "trainee");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void shouldStoreAccountsWithPbkdf2HashesOnly() throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet hashes = statement.executeQuery("select password_hash from account")) {
            int accounts = 0;
            while (hashes.next()) {
                accounts++;
                assertThat(hashes.getString(1))
                        .startsWith("PBKDF2WithHmacSHA256:")
                        .doesNotContain("demo");
            }
            assertThat(accounts).isEqualTo(4);
        }
    }

    private static long countScenarios(String slug) throws Exception {
        return TestDatabase.number("select count(*) from scenario where slug = ?", slug);
    }

    @Test
    void shouldSendHeadersThatKeepBrowsersSafe() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {"login.xhtml", "api/scenarios", "verify"}) {
            java.net.http.HttpResponse<Void> response = http.send(
                    java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            java.net.http.HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
    }
}
