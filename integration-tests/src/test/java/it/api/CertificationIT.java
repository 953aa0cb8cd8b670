package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import it.support.Api;
import it.support.Deployments;
import it.support.Jobs;
import it.support.LateLists;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Programs, the public verification of certificates, signing keys and the status list, over REST. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldSeedTheEssentialsProgramWithTheFirstThreeScenarios() {
        Api.Reply program = api.get("/api/programs/cx-essentials", null);

        assertThat(program.status()).isEqualTo(200);
        JsonObject view = program.json().asJsonObject();
        assertThat(view.getJsonArray("scenarios").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink");
        assertThat(view.getInt("validityMonths")).isEqualTo(12);
        assertThat(api.get("/api/programs/cx-essentials/issuer", null)
                        .json()
                        .asJsonObject()
                        .getJsonArray("type"))
                .hasToString("[\"Profile\"]");
    }

    @Test
    void shouldLetTrainersManagePrograms() throws Exception {
        String program =
                """
                {"slug": "welcome-basics", "title": "Welcome basics", "description": "Greeting regulars well.",
                 "scenarios": ["genuine-welcome"], "minAverage": 0.7, "validityMonths": 6,
                 "issuer": {"name": "Store Academy", "url": "https://academy.example.org"}}""";

        assertThat(api.postJson("/api/programs", "trainee", program).status()).isEqualTo(403);
        Api.Reply created = api.postJson("/api/programs", "trainer", program);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().asJsonObject().getJsonNumber("version").longValue();

        assertThat(api.postJson("/api/programs", "trainer", program).status()).isEqualTo(409);
        String edited = program.replace("Welcome basics", "Welcome, properly")
                .replace("}}", "}, \"version\": " + version + "}");
        Api.Reply updated = api.putJson("/api/programs/welcome-basics", "trainer", edited);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().asJsonObject().getString("title")).isEqualTo("Welcome, properly");
        Api.Reply stale = api.putJson("/api/programs/welcome-basics", "trainer", edited);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);

        // A deadline counted from each person's hire, or from the day it was set for those hired before: set today,
        // it makes nobody late today (no reminder that it has passed, no name on the late list).
        long current = updated.json().asJsonObject().getJsonNumber("version").longValue();
        String due = edited.replace("\"version\": " + version, "\"version\": " + current)
                .replace("\"validityMonths\": 6", "\"validityMonths\": 6, \"dueDays\": 30");
        String late = Trainees.create("late");
        String early = Trainees.create("early");
        TestDatabase.updateOne("update account set hire_date = date '2026-01-01' where username = ?", late);
        TestDatabase.updateOne("update account set hire_date = date '2099-01-01' where username = ?", early);
        Api.Reply withDeadline = api.putJson("/api/programs/welcome-basics", "trainer", due);
        assertThat(withDeadline.status()).as(withDeadline.toString()).isEqualTo(200);
        assertThat(withDeadline.json().asJsonObject().getInt("dueDays")).isEqualTo(30);
        LocalDate today = LocalDate.now();
        assertThat(withDeadline.json().asJsonObject().getString("dueSince")).isEqualTo(today.toString());
        assertThat(welcomeBasics(late).getString("dueBy"))
                .isEqualTo(today.plusDays(30).toString());
        assertThat(welcomeBasics(late).getBoolean("overdue")).isFalse();
        assertThat(LateLists.usernames(api, "welcome-basics")).doesNotContain(late);
        Jobs.start(api, "deadline-reminders");
        Jobs.finishedRun(api, "deadline-reminders");
        assertThat(reminders(late, "welcome-basics"))
                .as("no reminder: 30 days ahead")
                .isNull();

        // Had it been set in January, the one hired then would be late; one hired next year is not.
        TestDatabase.updateOne("update program set due_since = date '2026-01-01' where slug = ?", "welcome-basics");
        assertThat(welcomeBasics(late).getString("dueBy")).isEqualTo("2026-01-31");
        assertThat(LateLists.usernames(api, "welcome-basics")).contains(late);
        assertThat(welcomeBasics(late).getBoolean("overdue")).isTrue();
        assertThat(welcomeBasics(early).getString("dueBy")).isEqualTo("2099-01-31");
        assertThat(welcomeBasics(early).getBoolean("overdue")).isFalse();
        Api.Reply never = api.putJson(
                "/api/programs/welcome-basics",
                "trainer",
                due.replace("\"dueDays\": 30", "\"dueDays\": 0")
                        .replace("\"version\": " + current, "\"version\": " + (current + 1)));
        assertThat(never.status()).isEqualTo(400);
        assertThat(never.body()).contains("dueDays", "at least 1 day after the hire date");
    }

    @Test
    void shouldLetHrMoveOneTraineesDeadlineLaterWithAReasonAndTakeItBack() throws Exception {
        String program =
                """
                {"slug": "leave-cover", "title": "Leave cover", "description": "Covering a colleague's shift.",
                 "scenarios": ["genuine-welcome"], "validityMonths": 12, "dueDays": 30,
                 "issuer": {"name": "Store Academy", "url": "https://academy.example.org"}}""";
        assertThat(api.postJson("/api/programs", "trainer", program).status()).isEqualTo(201);
        // As if the deadline had been set long before Dee was hired: it counts from her hire date.
        TestDatabase.updateOne("update program set due_since = date '2020-01-01' where slug = ?", "leave-cover");
        LocalDate today = LocalDate.now();
        LocalDate regular = today.minusDays(10);
        String person =
                "{\"employeeNumber\": \"DL-1\", \"name\": \"Dee Leave\", \"email\": \"dee@cafe.example\", \"branch\": \"CITY\","
                        + " \"hireDate\": \"" + regular.minusDays(30) + "\"}";
        Api.Reply enrolled = api.postJson("/api/people", "hr", person);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String username = enrolled.json().asJsonObject().getJsonObject("person").getString("username");

        JsonObject due = leaveCover(api.get("/api/people/DL-1/deadlines", "hr"));
        assertThat(due.getString("regularDueBy")).isEqualTo(regular.toString());
        assertThat(due.getString("dueBy")).isEqualTo(regular.toString());
        assertThat(due.getBoolean("overdue")).isTrue();
        assertThat(due).doesNotContainKey("extension");
        assertThat(LateLists.usernames(api, "leave-cover")).contains(username);

        // Back from sick leave: five more days, said why; no longer late, and the reminders start over for the day.
        LocalDate extended = today.plusDays(5);
        Api.Reply extension = api.putJson(
                "/api/people/DL-1/deadlines/leave-cover",
                "hr",
                "{\"dueBy\": \"" + extended + "\", \"reason\": \"Sick leave in the first month\"}");
        assertThat(extension.status()).as(extension.toString()).isEqualTo(200);
        JsonObject moved = extension.json().asJsonObject();
        assertThat(moved.getString("dueBy")).isEqualTo(extended.toString());
        assertThat(moved.getString("regularDueBy")).isEqualTo(regular.toString());
        assertThat(moved.getBoolean("overdue")).isFalse();
        assertThat(moved.getJsonObject("extension").getString("reason")).isEqualTo("Sick leave in the first month");
        assertThat(moved.getJsonObject("extension").getString("grantedBy")).isEqualTo("hr");
        long version = moved.getJsonObject("extension").getJsonNumber("version").longValue();
        assertThat(LateLists.usernames(api, "leave-cover")).doesNotContain(username);
        Jobs.start(api, "deadline-reminders");
        Jobs.finishedRun(api, "deadline-reminders");
        assertThat(reminders(username, "leave-cover"))
                .as("the week's reminder of the new day, none of the old one")
                .isEqualTo(extended + "/7");
        JsonObject audited = api.get("/api/audit?action=DEADLINE_EXTENDED", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(audited.getJsonObject("details").getString("reason")).isEqualTo("Sick leave in the first month");
        assertThat(audited.getJsonObject("details").getString("regularDueBy")).isEqualTo(regular.toString());

        // What cannot be: a day not after the regular one, no reason, an edit of a version since changed.
        Api.Reply earlier = api.putJson(
                "/api/people/DL-1/deadlines/leave-cover",
                "hr",
                "{\"dueBy\": \"" + regular + "\", \"reason\": \"x\", \"version\": " + version + "}");
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.contentType()).startsWith(PROBLEM);
        assertThat(earlier.body()).contains("/dueBy", "choose a day after it");
        Api.Reply why = api.putJson(
                "/api/people/DL-1/deadlines/leave-cover",
                "hr",
                "{\"dueBy\": \"" + extended + "\", \"reason\": \" \", \"version\": " + version + "}");
        assertThat(why.status()).isEqualTo(400);
        assertThat(why.body()).contains("'reason' is required");
        Api.Reply blind = api.putJson(
                "/api/people/DL-1/deadlines/leave-cover",
                "hr",
                "{\"dueBy\": \"" + extended.plusDays(1) + "\", \"reason\": \"More leave\"}");
        assertThat(blind.status())
                .as("an extension exists: its version is required")
                .isEqualTo(409);
        assertThat(blind.contentType()).startsWith(PROBLEM);
        assertThat(api.putJson(
                                "/api/people/DL-1/deadlines/cx-essentials",
                                "hr",
                                "{\"dueBy\": \"" + extended + "\", \"reason\": \"x\"}")
                        .status())
                .as("a program without a deadline")
                .isEqualTo(409);
        assertThat(api.putJson(
                                "/api/people/DL-1/deadlines/no-such",
                                "hr",
                                "{\"dueBy\": \"" + extended + "\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/people/DL-1/deadlines", "trainee").status()).isEqualTo(403);

        // Taken back: the regular day holds again, late as before.
        assertThat(api.delete("/api/people/DL-1/deadlines/leave-cover?version=" + (version + 1), "hr")
                        .status())
                .isEqualTo(409);
        Api.Reply withdrawn = api.delete("/api/people/DL-1/deadlines/leave-cover?version=" + version, "hr");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().asJsonObject().getString("dueBy")).isEqualTo(regular.toString());
        assertThat(withdrawn.json().asJsonObject()).doesNotContainKey("extension");
        assertThat(LateLists.usernames(api, "leave-cover")).contains(username);
    }

    private static JsonObject leaveCover(Api.Reply deadlines) {
        assertThat(deadlines.status()).as(deadlines.toString()).isEqualTo(200);
        return deadlines.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("program").equals("leave-cover"))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject welcomeBasics(String trainee) {
        return api.get("/api/me/programs", trainee).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("program").equals("welcome-basics"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldNameEveryBrokenRuleOfAProgram() {
        Api.Reply invalid = api.postJson(
                "/api/programs",
                "trainer",
                """
                {"slug": "Bad Slug", "title": "", "description": "x", "scenarios": ["no-such-scenario"],
                 "validityMonths": 0, "issuer": {"name": "Org", "url": "ftp://nope"}}""");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(PROBLEM);
        assertThat(invalid.body()).contains("slug", "title", "validityMonths", "url");

        Api.Reply unknownScenario = api.postJson(
                "/api/programs",
                "trainer",
                """
                {"slug": "ghosts", "title": "Ghosts", "description": "x", "scenarios": ["no-such-scenario"],
                 "validityMonths": 12, "issuer": {"name": "Org", "url": "https://org.example"}}""");
        assertThat(unknownScenario.status()).isEqualTo(400);
        assertThat(unknownScenario.body()).contains("/scenarios/0", "no-such-scenario");
    }

    @Test
    void shouldAnswerAnUnknownOrMalformedSerialWithNotFoundWithoutALogin() {
        Api.Reply unknown = api.get("/api/certificates/XM-0000-0000-0000-0", null);
        Api.Reply malformed = api.get("/api/certificates/not-a-serial", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.body())
                .as("what makes it no serial")
                .contains("'not-a-serial' is no certificate serial: it has 10 letters and digits after XM, where a"
                        + " serial has 13.");
        assertThat(unknown.body())
                .contains("No certificate has the serial 'XM-0000-0000-0000-0', though it is written");
        assertThat(api.get("/api/certificates/XM-0000-0000-0000-0/pdf", null, "application/pdf")
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/certificates/XM-0000-0000-0000-0/revoke", "trainee")
                        .status())
                .isIn(403, 405);
    }

    @Test
    void shouldPublishRetiredKeysAfterARotation() throws Exception {
        // Other tests (the administration pages) may have rotated already: count from what is published now.
        JWKSet before = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(before.getKeys()).isNotEmpty();
        assertThat(before.getKeys()).noneMatch(com.nimbusds.jose.jwk.JWK::isPrivate);

        assertThat(api.postJson("/api/admin/signing-keys/rotate", "hr", "").status())
                .isEqualTo(403);
        Api.Reply rotated = api.postJson("/api/admin/signing-keys/rotate", "admin", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);

        JWKSet after = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(after.getKeys()).hasSize(before.getKeys().size() + 1);
        assertThat(after.getKeyByKeyId(before.getKeys().get(0).getKeyID())).isNotNull();
        assertThat(api.get("/.well-known/jwks.json", null).body()).doesNotContain("\"d\"");
        // Stored sealed with the key-encryption key the tests configure: a copy of the database cannot sign.
        String kid = rotated.json().asJsonObject().getString("kid");
        assertThat(rotated.json().asJsonObject().getBoolean("sealed")).isTrue();
        assertThat(TestDatabase.number(
                        "select count(*) from signing_key where kid = ? and private_jwk not like '{%'"
                                + " and private_jwk not like '%\"d\"%' and public_jwk like '{%'",
                        kid))
                .isEqualTo(1);
    }

    @Test
    void shouldPublishTheStatusListWithoutALogin() {
        Api.Reply list = api.get("/api/credentials/status/revocation", null);

        assertThat(list.status()).isEqualTo(200);
        JsonObject subject = list.json().asJsonObject().getJsonObject("credentialSubject");
        assertThat(subject.getString("type")).isEqualTo("BitstringStatusList");
        assertThat(subject.getString("encodedList")).startsWith("u");
        assertThat(api.get("/api/credentials/status/revocation", null, "application/vc+jwt")
                        .body())
                .matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it pauses this address's lookups for a minute
    void shouldThrottleGuessesFromOneAddress() throws Exception {
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            Api.Reply reply = api.get("/api/certificates/XM-0000-0000-0000-0", null);
            if (reply.status() == 429) {
                limited++;
                assertThat(reply.contentType()).startsWith(PROBLEM);
                assertThat(reply.body()).contains("try again in");
            }
        }
        assertThat(40 - limited)
                .as("misses answered: 20 a minute by default, less the earlier test's two if still within the minute")
                .isBetween(18, 20);

        HttpResponse<String> paused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("api/certificates/XM-0000-0000-0000-0"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(paused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(paused.body()).contains("try again in " + retryAfter + " seconds");
    }

    /** The deadline reminders written to the trainee for the program, as "due by/window days", or null for none. */
    private static String reminders(String username, String program) throws SQLException {
        return TestDatabase.text(
                "select string_agg(d.due_by || '/' || d.window_days, ',') from deadline_reminder d"
                        + " join account a on a.id = d.account_id join program p on p.id = d.program_id"
                        + " where a.username = ? and p.slug = ?",
                username,
                program);
    }
}
