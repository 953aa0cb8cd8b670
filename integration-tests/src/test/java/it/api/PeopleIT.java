package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * HR enrols people one by one or from a roster, over REST, and every import is audited. Each test
 * uses its own employee numbers (prefix), so that they share the deployment without sharing data.
 */
class PeopleIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";
    private static final String HEADER = "employeeNumber,name,email,branch,hireDate\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    private static String person(String number, String name, String branch, String roles) {
        var person = Json.createObjectBuilder()
                .add("employeeNumber", number)
                .add("name", name)
                .add("email", number.toLowerCase() + "@example.com")
                .add("branch", branch)
                .add("hireDate", "2026-03-01");
        if (roles != null) {
            person.add("roles", Json.createArrayBuilder().add(roles));
        }
        return person.build().toString();
    }

    /** Rows of good people: E-number prefix + i, in the demo branch CITY. */
    private static String roster(String prefix, int rows, IntFunction<String> name) {
        return HEADER
                + IntStream.range(0, rows)
                        .mapToObj(i -> prefix + i + "," + name.apply(i) + "," + prefix.toLowerCase() + i
                                + "@example.com,CITY,2026-01-" + (10 + i % 20) + "\n")
                        .collect(Collectors.joining());
    }

    private Api.Reply importCsv(String query, String user, String csv) {
        return api.post(
                "/api/people/import" + query, user, "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static long peopleNumbered(String prefix) throws SQLException {
        return TestDatabase.number("select count(*) from account where employee_number like ?", prefix + "%");
    }

    // Enrolment, one person at a time. (No @Nested groups: Arquillian injects only the outer instance.)

    @Test
    void shouldEnrolAPersonWhoLogsInWithTheOneTimePasswordAndReplacesIt() {
        Api.Reply enrolled = api.postJson("/api/people", "hr", person("E-100", "Dana Wu", "CITY", "TRAINEE"));

        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        JsonObject body = enrolled.json().asJsonObject();
        String oneTime = body.getString("oneTimePassword");
        assertThat(oneTime).hasSize(16);
        assertThat(body.getJsonObject("person").getString("username")).isEqualTo("e-100");
        assertThat(body.getJsonObject("person").getBoolean("mustChangePassword"))
                .isTrue();
        Api.Reply beforeChoosing = api.get("/api/scenarios", "e-100:" + oneTime);
        assertThat(beforeChoosing.status())
                .as("a one-time password opens only the change")
                .isEqualTo(403);
        assertThat(beforeChoosing.contentType()).startsWith(PROBLEM);
        assertThat(beforeChoosing.body()).contains("password-change-required", "POST /api/me/password");
        assertThat(api.get("/api/people/E-100", "hr").body()).doesNotContain(oneTime);

        Api.Reply tooShort = api.postJson(
                "/api/me/password",
                "e-100:" + oneTime,
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"short\"}");
        Api.Reply guessable = api.postJson(
                "/api/me/password",
                "e-100:" + oneTime,
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"password1234\"}");
        Api.Reply changed = api.postJson(
                "/api/me/password",
                "e-100:" + oneTime,
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"four words make one\"}");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("/newPassword");
        assertThat(guessable.status()).isEqualTo(400);
        assertThat(guessable.body())
                .contains("/newPassword", "This password is too easy to guess: This is a very common password.");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/scenarios", "e-100:" + oneTime).status()).isEqualTo(401);
        assertThat(api.get("/api/scenarios", "e-100:four words make one").status())
                .isEqualTo(200);
        assertThat(api.get("/api/people/E-100", "hr").json().asJsonObject().getBoolean("mustChangePassword"))
                .isFalse();
        String audit =
                api.get("/api/audit?action=PASSWORD_CHANGE&size=200", "hr").body();
        assertThat(audit).contains("\"actor\":\"e-100\"", "\"oneTime\":true");
        assertThat(audit).doesNotContain(oneTime).doesNotContain("four words make one");
    }

    @Test
    void shouldRefuseAOneTimePasswordPastItsTimeUntilHrIssuesANewOne() throws SQLException {
        Api.Reply enrolled = api.postJson("/api/people", "hr", person("E-150", "Kit Late", "CITY", "TRAINEE"));
        String oneTime = enrolled.json().asJsonObject().getString("oneTimePassword");
        Instant expires = Instant.parse(
                enrolled.json().asJsonObject().getJsonObject("person").getString("oneTimePasswordExpires"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(6), Duration.ofDays(7));
        TestDatabase.updateOne(
                "update account set one_time_password_expires = now() - interval '1 minute' where username = ?",
                "e-150");

        Api.Reply call = api.get("/api/scenarios", "e-150:" + oneTime);
        Api.Reply change = api.postJson(
                "/api/me/password",
                "e-150:" + oneTime,
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"too late for this one\"}");

        assertThat(List.of(call.status(), change.status())).containsExactly(401, 401);
        assertThat(call.contentType()).startsWith(PROBLEM);
        assertThat(change.body()).contains("one-time-password-expired", "ask HR");
        assertThat(api.get("/api/people/E-150", "hr").json().asJsonObject().getBoolean("mustChangePassword"))
                .isTrue();

        Api.Reply byMail = api.postJson("/api/people/E-150/invitation?delivery=mail", "hr", "");
        assertThat(byMail.status()).isEqualTo(409);
        assertThat(byMail.body()).contains("Mail is not set up", "one-time password");
        Api.Reply everyone = api.postJson(
                "/api/people/invitations?delivery=mail", "hr", "", java.util.Map.of("Prefer", "respond-async"));
        assertThat(everyone.status()).as("refused before anything starts").isEqualTo(409);
        assertThat(everyone.body()).contains("Mail is not set up");
        Api.Reply again = api.postJson("/api/people/E-150/invitation", "hr", "");
        String fresh = again.json().asJsonObject().getString("oneTimePassword");
        assertThat(again.json().asJsonObject().getString("expires")).isNotBlank();
        assertThat(api.get("/api/scenarios", "e-150:" + fresh).body()).contains("password-change-required");
    }

    @Test
    void shouldCallABulkInvitationWhoseNodeStoppedInterrupted() throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.updateOne(
                "insert into invitation_run (id, started_by, started_at, status, total, looked, mailed, still_working)"
                        + " values (?, 'hr', now(), 'RUNNING', 900, 400, 0, 0)",
                id);
        JsonObject run = api.get("/api/people/invitations/" + id, "hr").json().asJsonObject();
        assertThat(run.getString("status"))
                .as("recorded as running, but no node holds its lock")
                .isEqualTo("INTERRUPTED");
        assertThat(run.getJsonObject("progress").getInt("done")).isEqualTo(400);
        assertThat(run.containsKey("result")).as("no result to show").isFalse();
        Api.Reply notOne = api.get("/api/people/invitations/not-a-run", "hr");
        assertThat(notOne.status()).isEqualTo(404);
        assertThat(notOne.contentType()).startsWith(PROBLEM);
    }

    @Test
    void shouldRefuseADuplicateEmployeeNumberWith409() {
        api.postJson("/api/people", "hr", person("E-200", "Eli Park", "CITY", null));

        Api.Reply again = api.postJson("/api/people", "hr", person("E-200", "Someone Else", "CITY", null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM);
        assertThat(again.json().asJsonObject().getString("detail")).contains("E-200");
    }

    @Test
    void shouldNameEveryInvalidField() {
        String invalid = "{\"employeeNumber\":\"E 300\",\"name\":\"\",\"email\":\"nobody\",\"branch\":\"CITY\"}";

        Api.Reply reply = api.postJson("/api/people", "hr", invalid);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("pointer"))
                .contains("/employeeNumber", "/name", "/email", "/hireDate");
    }

    @Test
    void shouldLetOnlyAnAdministratorGiveStaffRoles() {
        Api.Reply byHr = api.postJson("/api/people", "hr", person("E-400", "Fay Ode", "CITY", "ADMIN"));
        Api.Reply byAdmin = api.postJson("/api/people", "admin", person("E-400", "Fay Ode", "CITY", "HR"));

        assertThat(byHr.status()).isEqualTo(403);
        assertThat(byHr.contentType()).startsWith(PROBLEM);
        assertThat(byAdmin.status()).isEqualTo(201);
    }

    @Test
    void shouldLetHrCorrectAPersonsRecordAndRefuseAStaleVersionWith409() {
        api.postJson("/api/people", "hr", person("E-600", "Ivy Marsh", "CITY", null));
        JsonObject seen = api.get("/api/people/E-600", "hr").json().asJsonObject();

        Api.Reply changed = api.putJson("/api/people/E-600", "hr", change("Ivy Marsh-Lee", "HARBOUR", null, seen));
        Api.Reply stale = api.putJson("/api/people/E-600", "hr", change("Ivy Old", "CITY", null, seen));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject now = changed.json().asJsonObject();
        assertThat(now.getString("name")).isEqualTo("Ivy Marsh-Lee");
        assertThat(now.getString("email")).isEqualTo("ivy.lee@example.com");
        assertThat(now.getString("branch")).isEqualTo("HARBOUR");
        assertThat(now.getString("hireDate")).isEqualTo("2026-04-01");
        assertThat(now.getJsonNumber("version").longValue())
                .isGreaterThan(seen.getJsonNumber("version").longValue());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(stale.json().asJsonObject().getString("detail")).contains("Ivy Marsh-Lee", "load it again");
        assertThat(api.get("/api/people/E-600", "hr").json().asJsonObject().getString("name"))
                .as("the stale change wrote nothing")
                .isEqualTo("Ivy Marsh-Lee");
        JsonObject audited = api
                .get("/api/audit?action=PEOPLE_CHANGE&size=200", "hr")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e ->
                        e.getJsonObject("details").getString("employeeNumber").equals("E-600"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("details");
        assertThat(audited.getString("name")).isEqualTo("Ivy Marsh → Ivy Marsh-Lee");
        assertThat(audited.getString("branch")).isEqualTo("CITY → HARBOUR");
        assertThat(audited.getString("hireDate")).isEqualTo("2026-03-01 → 2026-04-01");
        assertThat(audited).doesNotContainKey("active");
    }

    @Test
    void shouldLetHrMarkALeaverWhoCanNoLongerLogIn() {
        String oneTime = api.postJson("/api/people", "hr", person("E-610", "Jo Leaving", "CITY", null))
                .json()
                .asJsonObject()
                .getString("oneTimePassword");
        JsonObject seen = api.get("/api/people/E-610", "hr").json().asJsonObject();
        assertThat(api.get("/api/scenarios", "e-610:" + oneTime).status()).isEqualTo(403);

        Api.Reply left = api.putJson(
                "/api/people/E-610",
                "hr",
                change(seen.getString("name"), "CITY", false, seen).replace("ivy.lee@", "e-610@"));
        Api.Reply unchanged = api.putJson(
                "/api/people/E-610",
                "hr",
                change(seen.getString("name"), "CITY", false, left.json().asJsonObject())
                        .replace("ivy.lee@", "e-610@"));

        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().asJsonObject().getBoolean("active")).isFalse();
        assertThat(api.get("/api/scenarios", "e-610:" + oneTime).status())
                .as("a leaver's password no longer opens anything")
                .isEqualTo(401);
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().asJsonObject().getJsonNumber("version"))
                .as("a change that changes nothing writes nothing")
                .isEqualTo(left.json().asJsonObject().getJsonNumber("version"));
    }

    @Test
    void shouldRefuseABadChangeUnknownPersonOrAStaffAccountForHr() {
        api.postJson("/api/people", "admin", person("E-620", "Kim Staff", "CITY", "HR"));
        api.postJson("/api/people", "hr", person("E-621", "Lou Trainee", "CITY", null));
        JsonObject staff = api.get("/api/people/E-620", "hr").json().asJsonObject();
        JsonObject trainee = api.get("/api/people/E-621", "hr").json().asJsonObject();

        Api.Reply invalid = api.putJson(
                "/api/people/E-621",
                "hr",
                "{\"name\":\"\",\"email\":\"nobody\",\"branch\":\"CITY\",\"hireDate\":\"2026-03-01\"}");
        Api.Reply unknownBranch =
                api.putJson("/api/people/E-621", "hr", change("Lou Trainee", "NOWHERE", null, trainee));
        Api.Reply unknownPerson = api.putJson("/api/people/E-6299", "hr", change("Nobody", "CITY", null, trainee));
        Api.Reply staffByHr = api.putJson("/api/people/E-620", "hr", change("Kim Renamed", "CITY", null, staff));
        Api.Reply staffByAdmin = api.putJson("/api/people/E-620", "admin", change("Kim Renamed", "CITY", null, staff));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("pointer"))
                .contains("/name", "/email", "/version");
        assertThat(unknownBranch.status()).isEqualTo(400);
        assertThat(unknownBranch.body()).contains("/branch", "NOWHERE");
        assertThat(unknownPerson.status()).isEqualTo(404);
        assertThat(unknownPerson.contentType()).startsWith(PROBLEM);
        assertThat(staffByHr.status()).isEqualTo(403);
        assertThat(staffByHr.json().asJsonObject().getString("detail")).contains("administrator");
        assertThat(staffByAdmin.status()).isEqualTo(200);
        assertThat(api.get("/api/people/E-621", "hr").json().asJsonObject().getJsonNumber("version"))
                .as("refused changes wrote nothing")
                .isEqualTo(trainee.getJsonNumber("version"));
    }

    /** The person as seen, with a new name, email (ivy.lee@), branch, hire date 2026-04-01 and maybe active. */
    private static String change(String name, String branch, Boolean active, JsonObject seen) {
        var change = Json.createObjectBuilder()
                .add("name", name)
                .add("email", "ivy.lee@example.com")
                .add("branch", branch)
                .add("hireDate", "2026-04-01")
                .add("version", seen.getJsonNumber("version"));
        if (active != null) {
            change.add("active", active);
        }
        return change.build().toString();
    }

    @Test
    void shouldFindPeopleByNameBranchAndActiveInPages() {
        api.postJson("/api/people", "hr", person("E-500", "Gil Searchable", "HARBOUR", null));
        api.postJson("/api/people", "hr", person("E-501", "Hal Searchable", "HARBOUR", null));

        JsonObject page = api.get("/api/people?q=searchABLE&branch=harbour&active=true&size=1", "hr")
                .json()
                .asJsonObject();
        Api.Reply badSize = api.get("/api/people?size=lots", "hr");

        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("name"))
                .isEqualTo("Gil Searchable");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body()).contains("/size");
    }

    @Test
    void shouldForbidTraineesAndTrainersEveryPeopleEndpoint() {
        byte[] csv = roster("F-", 1, i -> "Forbidden").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("trainee", "trainer")) {
            assertThat(List.of(
                            api.get("/api/people", user),
                            api.postJson("/api/people", user, person("F-1", "Nope", "CITY", null)),
                            api.get("/api/people/T-0001", user),
                            api.postJson("/api/people/T-0001/invitation", user, ""),
                            api.post("/api/people/import", user, "text/csv", csv),
                            api.post("/api/people/import?dryRun=true", user, "text/csv", csv),
                            api.postJson("/api/branches", user, "{\"code\":\"NOPE\",\"name\":\"Nope\"}"),
                            api.get("/api/audit", user)))
                    .as(user)
                    .allSatisfy(reply ->
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(403));
        }
        assertThat(api.get("/api/people", null).status()).isEqualTo(401);
        assertThat(api.get("/api/branches", "trainee").status()).isEqualTo(200);
    }

    @Test
    void shouldAddBranchesThatRostersThenName() {
        Api.Reply added = api.postJson("/api/branches", "hr", "{\"code\":\"mall-7\",\"name\":\"Mall Seven\"}");
        Api.Reply again = api.postJson("/api/branches", "admin", "{\"code\":\"MALL-7\",\"name\":\"Other\"}");
        Api.Reply invalid = api.postJson("/api/branches", "hr", "{\"code\":\"no spaces\",\"name\":\"\"}");

        Api.Reply imported = importCsv("", "hr", HEADER + "M-1,Mo,mo@example.com,Mall-7,2026-04-01\n");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().asJsonObject().getString("code")).isEqualTo("MALL-7");
        assertThat(again.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("/code", "/name");
        assertThat(api.get("/api/branches", "trainer").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("code"))
                .containsSubsequence("CITY", "HARBOUR", "MALL-7");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(api.get("/api/people/M-1", "hr").json().asJsonObject().getString("branch"))
                .isEqualTo("MALL-7");
    }

    // Roster import.

    @Test
    void shouldNameTheThreeBadLinesOfAHundredAndWriteNothing() throws SQLException {
        String[] lines = roster("R-", 100, i -> "Person " + i).split("\n");
        lines[10] = "R-9,Person 9,not-an-email,CITY,2026-01-19"; // line 11
        lines[50] = "R-49,Person 49,r-49@example.com,ATLANTIS,2026-01-19"; // line 51
        lines[77] = "R-76,,r-76@example.com,CITY,2026-01-16"; // line 78
        long accountsBefore = TestDatabase.number("select count(*) from account where username <> ?", "");

        Api.Reply reply = importCsv("", "hr", String.join("\n", lines) + "\n");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        JsonObject report = reply.json().asJsonObject();
        assertThat(report.getInt("rows")).isEqualTo(100);
        assertThat(report.getBoolean("written")).isFalse();
        List<JsonObject> rejected = report.getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertThat(rejected).extracting(r -> r.getInt("line")).containsExactly(11, 51, 78);
        assertThat(rejected.get(0).getJsonArray("reasons").getString(0)).contains("'not-an-email'");
        assertThat(rejected.get(1).getJsonArray("reasons").getString(0)).contains("'ATLANTIS' is unknown");
        assertThat(rejected.get(2).getJsonArray("reasons").getString(0)).isEqualTo("name is missing");
        assertThat(rejected.get(2).getString("employeeNumber")).isEqualTo("R-76");
        assertThat(peopleNumbered("R-")).isZero();
        assertThat(TestDatabase.number("select count(*) from account where username <> ?", ""))
                .isEqualTo(accountsBefore);
    }

    @Test
    void shouldReportADryRunWithoutWriting() throws SQLException {
        Api.Reply reply = importCsv("?dryRun=true", "hr", roster("D-", 5, i -> "Dry " + i));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject report = reply.json().asJsonObject();
        assertThat(report.getInt("created")).isEqualTo(5);
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getBoolean("written")).isFalse();
        assertThat(peopleNumbered("D-")).isZero();
    }

    @Test
    void shouldReadABomSemicolonsAndAQuotedFieldWithAComma() {
        String csv = "\uFEFFEmployeeNumber;Name;Email;Branch;HireDate;Roles\r\n"
                + "Q-1;\"Lee, Ann; \"\"Annie\"\"\";ann@example.com;harbour;2026-02-02;TRAINER\r\n";

        Api.Reply reply = importCsv("", "hr", csv);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject person = api.get("/api/people/Q-1", "hr").json().asJsonObject();
        assertThat(person.getString("name")).isEqualTo("Lee, Ann; \"Annie\"");
        assertThat(person.getString("branch")).isEqualTo("HARBOUR");
        assertThat(person.getJsonArray("roles").getString(0)).isEqualTo("TRAINER");
    }

    @Test
    void shouldUpdateByEmployeeNumberOnReImportAndNeverDuplicate() throws SQLException {
        importCsv("", "hr", roster("U-", 3, i -> "Before " + i));

        Api.Reply again = importCsv("", "hr", roster("U-", 3, i -> i == 1 ? "After 1" : "Before " + i));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        JsonObject report = again.json().asJsonObject();
        assertThat(List.of(report.getInt("created"), report.getInt("updated"), report.getInt("unchanged")))
                .containsExactly(0, 1, 2);
        assertThat(peopleNumbered("U-")).isEqualTo(3);
        assertThat(api.get("/api/people/U-1", "hr").json().asJsonObject().getString("name"))
                .isEqualTo("After 1");
    }

    @Test
    void shouldLetAnImportedPersonInOnlyWithAnInvitation() {
        importCsv("", "hr", roster("I-", 1, i -> "Invited"));

        Api.Reply before = api.get("/api/scenarios", "i-0:");
        Api.Reply invitation = api.postJson("/api/people/I-0/invitation", "hr", "");

        assertThat(before.status()).isEqualTo(401);
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(200);
        String oneTime = invitation.json().asJsonObject().getString("oneTimePassword");
        Api.Reply in = api.get("/api/scenarios", "i-0:" + oneTime);
        assertThat(in.status())
                .as("logged in, and asked to choose a password first")
                .isEqualTo(403);
        assertThat(in.body()).contains("password-change-required");
    }

    @Test
    void shouldAnswerBadBodiesWithProblems() {
        byte[] good = roster("B-", 1, i -> "Body").getBytes(StandardCharsets.UTF_8);

        Api.Reply json = api.post("/api/people/import", "hr", "application/json", good);
        Api.Reply none = api.post("/api/people/import", "hr", null, good);
        Api.Reply empty = api.post("/api/people/import", "hr", "text/csv", new byte[0]);
        Api.Reply header = importCsv("", "hr", "employeeNumber,name,mail\nB-1,Body,b@example.com\n");
        Api.Reply dryRun = importCsv("?dryRun=1", "hr", roster("B-", 1, i -> "Body"));
        Api.Reply huge = api.post("/api/people/import", "hr", "text/csv", new byte[5 * 1024 * 1024 + 1]);

        assertThat(List.of(json.status(), none.status(), empty.status(), header.status(), dryRun.status()))
                .containsExactly(415, 415, 400, 400, 400);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(List.of(json, none, empty, header, dryRun, huge))
                .allSatisfy(reply -> assertThat(reply.contentType()).startsWith(PROBLEM));
        assertThat(header.body()).contains("email", "hireDate", "'mail'");
    }

    @Test
    void shouldImportTenThousandRows() throws SQLException {
        String csv = roster("P-", 10_000, i -> "Person " + i);

        long start = System.nanoTime();
        Api.Reply first = importCsv("", "hr", csv);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Api.Reply again = importCsv("", "hr", csv);
        long againMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().asJsonObject().getInt("created")).isEqualTo(10_000);
        assertThat(again.json().asJsonObject().getInt("unchanged")).isEqualTo(10_000);
        assertThat(peopleNumbered("P-")).isEqualTo(10_000);
        System.out.printf(
                "Roster import of 10,000 rows (%d bytes): %d ms creating, %d ms re-importing unchanged%n",
                csv.length(), firstMillis, againMillis);
    }

    @Test
    void shouldFindInTheAuditLogWhatWasDoneAboutOnePersonAndByWhom() throws SQLException {
        assertThat(TestDatabase.number("select count(*) from pg_indexes where indexname = 'audit_event_details_trgm'"))
                .as("the person filter's index, where the database allows the extension (here it does)")
                .isEqualTo(1);
        api.postJson("/api/people", "hr", person("E-630", "Noa Trail", "CITY", null));
        JsonObject seen = api.get("/api/people/E-630", "hr").json().asJsonObject();
        api.putJson("/api/people/E-630", "admin", change("Noa Trail-Ward", "CITY", null, seen));
        api.postJson("/api/people/E-630/invitation", "hr", "");
        api.postJson("/api/people", "hr", person("E-631", "Someone Else", "CITY", null));

        List<JsonObject> byNumber = items(api.get("/api/audit?person=E-630", "hr"));
        List<JsonObject> byUsername = items(api.get("/api/audit?person=e-630", "hr"));
        List<JsonObject> byAdmin = items(api.get("/api/audit?person=E-630&actor=admin", "hr"));
        List<JsonObject> wildcard = items(api.get("/api/audit?person=E_630", "hr"));
        Api.Reply badPerson = api.get("/api/audit?person=a%20b", "hr");

        assertThat(byNumber)
                .extracting(e -> e.getString("action"))
                .containsExactly("PEOPLE_INVITATION", "PEOPLE_CHANGE", "PEOPLE_ENROL");
        assertThat(byUsername).isEqualTo(byNumber);
        assertThat(byAdmin).singleElement().satisfies(e -> {
            assertThat(e.getString("action")).isEqualTo("PEOPLE_CHANGE");
            assertThat(e.getJsonObject("details").getString("name")).isEqualTo("Noa Trail → Noa Trail-Ward");
        });
        assertThat(wildcard).as("_ is not a wildcard").isEmpty();
        assertThat(badPerson.status()).isEqualTo(400);
        assertThat(badPerson.body()).contains("/person");

        Api.Reply csv = api.get("/api/audit?person=E-630&format=csv", "hr");
        Api.Reply accepted = api.get("/api/audit?person=E-630&actor=admin", "hr", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("at,actor,action,rows,details");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(3)
                .satisfiesExactly(
                        line -> assertThat(line).contains(",hr,PEOPLE_INVITATION,1,"),
                        line -> assertThat(line).contains(",admin,PEOPLE_CHANGE,1,", "Noa Trail → Noa Trail-Ward"),
                        line -> assertThat(line).contains(",hr,PEOPLE_ENROL,1,", "\"\"username\"\":\"\"e-630\"\""));
        assertThat(accepted.body().lines().count()).isEqualTo(2);
        JsonObject exported = items(api.get("/api/audit?action=AUDIT_EXPORT&actor=hr&size=1", "hr"))
                .get(0)
                .getJsonObject("details");
        assertThat(exported.getString("outcome")).isEqualTo("complete");
        assertThat(exported.getJsonObject("filters").getString("person")).isEqualTo("e-630");
    }

    private static List<JsonObject> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void shouldAuditImportsDryRunsAndEnrolmentsForHrAndAdminOnly() {
        importCsv("?dryRun=true", "hr", roster("A-", 2, i -> "Audited " + i));
        importCsv("", "admin", roster("A-", 2, i -> "Audited " + i));
        api.postJson("/api/people", "hr", person("A-9", "Audited Nine", "CITY", null));

        Api.Reply imports = api.get("/api/audit?action=PEOPLE_IMPORT&from=2000-01-01", "hr");
        Api.Reply enrolments = api.get("/api/audit?action=people_enrol", "admin");

        assertThat(imports.status()).isEqualTo(200);
        List<JsonObject> events =
                imports.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(events)
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("admin");
                    assertThat(e.getInt("rows")).isEqualTo(2);
                    assertThat(e.getJsonObject("details").getBoolean("dryRun")).isFalse();
                    assertThat(e.getJsonObject("details").getString("outcome")).isEqualTo("written");
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("hr");
                    assertThat(e.getJsonObject("details").getBoolean("dryRun")).isTrue();
                });
        assertThat(events)
                .extracting(e -> Instant.parse(e.getString("at")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(enrolments.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getJsonObject("details").getString("employeeNumber"))
                        .isEqualTo("A-9"));
        assertThat(Set.of(
                        api.get("/api/audit", "trainee").status(),
                        api.get("/api/audit?action=NOPE", "hr").status()))
                .containsExactlyInAnyOrder(403, 400);
    }
}
