package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.FormSession;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over a thousand hostile requests, generated from a fixed seed, against every endpoint that changes state or reads
 * parameters, each as a role allowed to call it: none may answer 5xx, every 4xx is a problem with its status, title
 * and detail, and a refused request leaves every table as it was.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final long SEED = 20261129L;
    private static final int REQUESTS = 1_000;
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SCENARIO = "mixed-up-order";

    /** The tables a refused request must leave untouched (the audit log may record a refusal). */
    private static final List<String> TABLES = List.of(
            "account",
            "account_role",
            "branch",
            "scenario",
            "rubric_draft",
            "rubric_version",
            "attempt",
            "attempt_policy",
            "turn",
            "turn_card",
            "score_override",
            "rescore",
            "scoring_label",
            "program",
            "certificate",
            "signing_key");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @ArquillianResource
    URL base;

    /** One hostile request: who sends it, and what. */
    record Attack(String role, String method, String path, String contentType, byte[] body, boolean chunked) {

        @Override
        public String toString() {
            String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
            return role + " " + method + " " + shown + (body == null ? "" : " (" + body.length + " bytes)");
        }
    }

    @Test
    void shouldAnswerHostileRequestsWithProblemsAndWriteNothingForTheRefused() throws Exception {
        Api api = new Api(base);
        String trainee = Trainees.create("hostile");
        String serial = new RolePlays(api).certify(trainee);
        JsonObject attempt = new RolePlays(api).start(trainee, SCENARIO);
        String attemptId = attempt.getString("id");
        String step = attempt.getJsonObject("currentStep").getString("key");
        String turnId = firstTurnId();
        Map<String, FormSession> sessions = new LinkedHashMap<>();
        for (String role : List.of(trainee, "trainer", "hr")) {
            sessions.put(role, FormSession.logIn(base, role));
        }
        JsonValue rubric =
                api.get("/api/scenarios/" + SCENARIO + "/rubric", "trainer").json();
        JsonValue pack =
                api.get("/api/scenarios/" + SCENARIO + "/pack", "trainer").json();
        JsonValue program = api.get("/api/programs/cx-essentials", "trainer").json();
        HostileInputs hostile = new HostileInputs(SEED);
        List<Function<HostileInputs, Attack>> endpoints =
                endpoints(trainee, attemptId, step, serial, turnId, rubric, pack, program);
        List<String> failures = new ArrayList<>();
        Connection database = TestDatabase.connect();
        long[] counts = counts(database);

        for (int i = 0; i < REQUESTS; i++) {
            Attack attack = endpoints.get(i % endpoints.size()).apply(hostile);
            FormSession.Reply reply;
            try {
                reply = sessions.get(attack.role())
                        .send(attack.method(), attack.path(), attack.contentType(), attack.body(), attack.chunked());
            } catch (UncheckedIOException e) {
                failures.add("#" + i + " " + attack + " failed: " + e);
                continue;
            }
            failures.addAll(check(i, attack, reply));
            long[] after = counts(database);
            if (reply.status() >= 300 && !Arrays.equals(counts, after)) {
                failures.add("#" + i + " " + attack + " was refused (" + reply.status() + ") but changed the tables: "
                        + changes(counts, after));
            }
            counts = after;
        }
        database.close();

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void shouldRefuseABodyPastTheLimitWith413WhetherItsLengthIsDeclaredOrItComesInChunks() throws Exception {
        FormSession trainer = FormSession.logIn(base, "trainer");
        FormSession hr = FormSession.logIn(base, "hr");
        byte[] body = HostileInputs.oversized();
        Connection database = TestDatabase.connect();
        long[] before = counts(database);

        List<FormSession.Reply> replies = List.of(
                trainer.send("POST", "/api/scenarios/" + SCENARIO + "/preview", JSON, body, false),
                trainer.send("POST", "/api/scenarios/" + SCENARIO + "/preview", JSON, body, true),
                trainer.send("POST", "/api/scenarios/import", JSON, body, true),
                hr.send("POST", "/api/people/import", "text/csv", body, true));

        for (FormSession.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(problem(reply).getString("detail")).containsPattern("larger than|at most");
        }
        assertThat(counts(database)).isEqualTo(before);
        database.close();
        assertThat(trainer.send("GET", "/api/scenarios/" + SCENARIO, null, null, false)
                        .status())
                .as("the server still answers")
                .isEqualTo(200);
    }

    /**
     * A body on a DELETE or a GET has no meaning in HTTP, yet clients send one: the request is answered as it would be
     * without it, never with the web server's bare 400 (pre-boot-commands.txt).
     */
    @Test
    void shouldAnswerADeleteOrAGetThatCarriesABodyAsWithoutIt() {
        FormSession trainer = FormSession.logIn(base, "trainer");
        byte[] body = "{\"reason\": \"given by mistake\"}".getBytes(StandardCharsets.UTF_8);

        FormSession.Reply delete =
                trainer.send("DELETE", "/api/scenarios/" + SCENARIO + "/labels/99999", JSON, body, false);
        FormSession.Reply get = trainer.send("GET", "/api/scenarios/" + SCENARIO, JSON, body, false);

        assertThat(delete.status()).as(delete.toString()).isEqualTo(404);
        assertThat(delete.contentType()).startsWith("application/problem+json");
        assertThat(problem(delete).getString("detail")).contains("no labelled answer 99999");
        assertThat(get.status()).as(get.toString()).isEqualTo(200);
    }

    /** Every page and the parameters its address takes (f:viewParam): each is tried with the odd values below. */
    private static final Map<String, List<String>> PAGE_PARAMETERS = Map.ofEntries(
            Map.entry("account", List.of()),
            Map.entry("admin/accounts", List.of("q")),
            Map.entry("admin/branches", List.of()),
            Map.entry("admin/jobs", List.of()),
            Map.entry("admin/keys", List.of()),
            Map.entry("admin/mail", List.of("status", "to")),
            Map.entry("admin/settings", List.of()),
            Map.entry("certificates", List.of()),
            Map.entry("forgot", List.of()),
            Map.entry("history", List.of()),
            Map.entry("hr/audit", List.of("action", "actor", "from", "page", "person", "to")),
            Map.entry("hr/dashboard", List.of("lateBranch", "latePage", "program")),
            Map.entry("hr/deadlines", List.of("person")),
            Map.entry("hr/people", List.of("branch", "invitations", "page", "q", "status")),
            Map.entry("hr/person", List.of("person")),
            Map.entry(
                    "hr/records",
                    List.of("branch", "change", "from", "page", "program", "serial", "status", "to", "within")),
            Map.entry("hr/roster", List.of("job")),
            Map.entry("index", List.of()),
            Map.entry("login", List.of("next")),
            Map.entry("password", List.of("next")),
            Map.entry("play", List.of("answered", "attempt", "turn")),
            Map.entry("scenarios", List.of()),
            Map.entry("trainer/analytics", List.of("branch", "from", "scenario", "to")),
            Map.entry("trainer/attempt", List.of("attempt")),
            Map.entry("trainer/programs", List.of("slug")),
            Map.entry("trainer/review", List.of("criterion", "followed", "page", "scenario")),
            Map.entry("trainer/rubric", List.of("slug")),
            Map.entry("trainer/scenario", List.of("slug")),
            Map.entry("trainer/scenarios", List.of()),
            Map.entry("verify", List.of("serial")),
            Map.entry("welcome", List.of("token")));

    /** What a hand-edited, stale or hostile address may hold, URL-encoded. */
    private static final List<String> ODD_VALUES =
            List.of("", "zzz", "-1", "99999999999999999999", "%27", "%3Cb%3E", "2026-13-45", "%C3%BF");

    @Test
    void shouldShowEveryPageToEveryRoleWhateverItsAddressHoldsWithoutTheErrorPage() {
        List<String> broken = new ArrayList<>();
        for (String role : List.of("trainee", "trainer", "hr", "admin")) {
            FormSession session = FormSession.logIn(base, role);
            PAGE_PARAMETERS.forEach((page, parameters) -> {
                List<String> addresses = new ArrayList<>(List.of("/" + page + ".xhtml"));
                parameters.forEach(
                        name -> ODD_VALUES.forEach(odd -> addresses.add("/" + page + ".xhtml?" + name + "=" + odd)));
                for (String address : addresses) {
                    FormSession.Reply reply = session.send("GET", address, null, null, false);
                    if (reply.status() >= 500
                            || String.valueOf(reply.location()).contains("/error/500")
                            || reply.text().contains("Something went wrong on our side")) {
                        broken.add(role + " " + address + ": " + reply.status());
                    }
                }
            });
        }
        assertThat(broken).as("pages that answered with the error page").isEmpty();
    }

    @Test
    void shouldRefuseANulCharacterInAPageAddressAFormOrAJsonStringWith400AndStoreNothing() throws Exception {
        FormSession trainer = FormSession.logIn(base, "trainer");
        FormSession hr = FormSession.logIn(base, "hr");
        FormSession admin = FormSession.logIn(base, "admin");
        Api api = new Api(base);
        JsonObject draft = api.get("/api/scenarios/" + SCENARIO + "/rubric", "trainer")
                .json()
                .asJsonObject();
        String rubric = draft.toString().replaceFirst("\"title\":\"", "\"title\":\"Own\\\\u0000");
        String person = "{\"employeeNumber\":\"NUL-1\",\"name\":\"Dana\\u0000Smith\",\"email\":\"nul-1@example.com\","
                + "\"branch\":\"CITY\",\"hireDate\":\"2026-03-01\"}";
        Connection database = TestDatabase.connect();
        long[] before = counts(database);

        List<FormSession.Reply> json = List.of(
                hr.send("POST", "/api/people", JSON, HostileInputs.bytes(person), false),
                trainer.send("PUT", "/api/scenarios/" + SCENARIO + "/rubric", JSON, HostileInputs.bytes(rubric), true),
                trainer.send(
                        "POST",
                        "/api/scenarios/" + SCENARIO + "/preview",
                        JSON,
                        HostileInputs.bytes("{\"text\":\"I will remake it\\u0000 now.\"}"),
                        false));
        List<FormSession.Reply> pages = List.of(
                hr.send("GET", "/hr/people.xhtml?q=Dana%00", null, null, false),
                hr.send("GET", "/hr/dashboard.xhtml?program=cx-essentials&lateBranch=%00", null, null, false),
                hr.send("GET", "/hr/records.xhtml?branch=CITY%00", null, null, false),
                hr.send("GET", "/hr/deadlines.xhtml?person=trainee%00", null, null, false),
                trainer.send("GET", "/trainer/review.xhtml?scenario=" + SCENARIO + "%00", null, null, false),
                trainer.send("GET", "/trainer/rubric.xhtml?slug=%00", null, null, false),
                admin.send("GET", "/admin/accounts.xhtml?q=a%00b", null, null, false),
                hr.send("POST", "/hr/people.xhtml", FORM, HostileInputs.bytes("search=search&q=Dana%00"), false));

        for (FormSession.Reply reply : json) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(problem(reply).getString("detail")).contains("NUL character");
        }
        for (FormSession.Reply reply : pages) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.text()).contains("This address or form cannot be read");
        }
        assertThat(counts(database)).isEqualTo(before);
        database.close();
        assertThat(api.get("/api/scenarios/" + SCENARIO + "/rubric", "trainer")
                        .json()
                        .asJsonObject()
                        .getInt("version"))
                .as("the draft is as it was")
                .isEqualTo(draft.getInt("version"));
        String quoted = "{\"text\":\"JSON writes it \\\\u0000, and I will remake it now.\"}";
        assertThat(trainer.send(
                                "POST",
                                "/api/scenarios/" + SCENARIO + "/preview",
                                JSON,
                                HostileInputs.bytes(quoted),
                                false)
                        .status())
                .as("a backslash before u0000 is text, not a NUL")
                .isEqualTo(200);
    }

    private static List<Function<HostileInputs, Attack>> endpoints(
            String trainee,
            String attemptId,
            String step,
            String serial,
            String turnId,
            JsonValue rubric,
            JsonValue pack,
            JsonValue program) {
        JsonValue newScenario =
                object("{\"slug\":\"hostile-new\",\"title\":\"A title\",\"summary\":\"A summary\",\"passMark\":0.7}");
        JsonValue scenarioEdit = object("{\"version\":0,\"title\":\"A title\",\"summary\":\"A summary\"}");
        JsonValue answer = object("{\"step\":\"" + step + "\",\"text\":\"I will remake it now.\"}");
        JsonValue label = object("{\"text\":\"I will remake it now.\",\"levels\":{\"remake-now\":\"fully\"}}");
        JsonValue person = object("{\"employeeNumber\":\"H-1\",\"name\":\"Dana\",\"email\":\"h-1@example.com\","
                + "\"branch\":\"CITY\",\"hireDate\":\"2026-03-01\",\"roles\":[\"TRAINEE\"]}");
        String roster = "employeeNumber,name,email,branch,hireDate\nH-2,Dana,h-2@example.com,CITY,2026-01-10\n";
        List<Function<HostileInputs, Attack>> endpoints = new ArrayList<>();
        // Authoring and scoring, as a trainer.
        endpoints.add(h -> json("trainer", "POST", "/api/scenarios", h, newScenario));
        endpoints.add(h -> json("trainer", "PUT", "/api/scenarios/" + slug(h), h, scenarioEdit));
        endpoints.add(h -> json("trainer", "PUT", "/api/scenarios/" + slug(h) + "/rubric", h, rubric));
        endpoints.add(h -> json("trainer", "POST", "/api/scenarios/" + slug(h) + "/preview", h, answer));
        endpoints.add(h -> json("trainer", "POST", "/api/scenarios/" + slug(h) + "/preview/labels", h, label));
        endpoints.add(h -> json("trainer", "POST", "/api/scenarios/import?slug=" + h.parameter(), h, pack));
        endpoints.add(h -> json("trainer", "POST", "/api/scenarios/import", h, pack));
        endpoints.add(h -> json(
                "trainer",
                "PUT",
                "/api/scenarios/" + slug(h) + "/attempt-policy",
                h,
                object("{\"maxAttempts\":3,\"cooldownMinutes\":10}")));
        endpoints.add(h -> json(
                "trainer",
                "POST",
                "/api/scenarios/" + slug(h) + "/rescore",
                h,
                object("{\"version\":1,\"reason\":\"why\"}")));
        endpoints.add(h -> empty("trainer", "POST", "/api/scenarios/" + h.segment() + "/archive"));
        endpoints.add(h -> empty("trainer", "POST", "/api/scenarios/" + h.segment() + "/rubric/publish"));
        endpoints.add(h -> empty("trainer", "GET", "/api/scenarios/" + slug(h) + "/pack?version=" + h.parameter()));
        endpoints.add(h -> empty("trainer", "GET", "/api/scenarios/" + slug(h) + "/rubric/versions/" + h.segment()));
        endpoints.add(h -> json("trainer", "POST", "/api/programs", h, program));
        endpoints.add(h -> json("trainer", "PUT", "/api/programs/" + h.segment(), h, program));
        endpoints.add(h -> json(
                "trainer",
                "POST",
                "/api/review/" + id(h, turnId),
                h,
                object("{\"levels\":{\"remake-now\":\"fully\"},\"reason\":\"why\"}")));
        endpoints.add(
                h -> empty("trainer", "GET", "/api/review?scenario=" + h.parameter() + "&criterion=" + h.parameter()));
        endpoints.add(h -> empty("trainer", "GET", "/api/review/audit?attempt=" + h.parameter()));
        // Playing, as a trainee.
        endpoints.add(h -> json(trainee, "POST", "/api/attempts", h, object("{\"scenario\":\"" + SCENARIO + "\"}")));
        endpoints.add(h -> json(trainee, "POST", "/api/attempts/" + id(h, attemptId) + "/turns", h, answer));
        endpoints.add(h -> empty(trainee, "GET", "/api/attempts/" + h.segment()));
        endpoints.add(h -> empty(trainee, "POST", "/api/attempts/" + h.segment() + "/abandon"));
        endpoints.add(h -> json(
                trainee,
                "POST",
                "/api/me/password",
                h,
                object("{\"currentPassword\":\"wrong\",\"newPassword\":\"a-long-new-password\"}")));
        // People, certificates and records, as HR.
        endpoints.add(h -> json("hr", "POST", "/api/people", h, person));
        endpoints.add(h -> empty("hr", "GET", "/api/people/" + h.segment()));
        endpoints.add(h -> empty("hr", "POST", "/api/people/" + h.segment() + "/invitation"));
        endpoints.add(h -> empty(
                "hr",
                "GET",
                "/api/people?q=" + h.parameter() + "&branch=" + h.parameter() + "&active=" + h.parameter() + "&page="
                        + h.parameter() + "&size=" + h.parameter()));
        endpoints.add(h -> new Attack(
                "hr", "POST", "/api/people/import?dryRun=" + h.parameter(), "text/csv", h.csv(roster), false));
        endpoints.add(h -> new Attack("hr", "POST", "/api/people/import", "text/csv", h.csv(roster), true));
        endpoints.add(h -> json("hr", "POST", "/api/branches", h, object("{\"code\":\"H-1\",\"name\":\"Hostile\"}")));
        endpoints.add(h -> json(
                "hr", "POST", "/api/certificates/" + id(h, serial) + "/revoke", h, object("{\"reason\":\"why\"}")));
        endpoints.add(h -> json(
                "hr", "POST", "/api/certificates/" + id(h, serial) + "/reissue", h, object("{\"reason\":\"why\"}")));
        endpoints.add(h -> empty("hr", "GET", "/api/certificates/" + h.segment()));
        endpoints.add(h -> empty("hr", "GET", "/api/certificates/" + h.segment() + "/pdf"));
        endpoints.add(h -> empty("hr", "GET", "/api/certificates/" + h.segment() + "/credential"));
        endpoints.add(h -> empty("hr", "GET", "/api/records" + recordFilters(h)));
        endpoints.add(h -> empty("hr", "GET", "/api/records/xapi" + recordFilters(h)));
        endpoints.add(h -> empty("hr", "GET", "/api/records/attempts" + recordFilters(h)));
        endpoints.add(h -> empty(
                "hr",
                "GET",
                "/api/audit?action=" + h.parameter() + "&from=" + h.parameter() + "&to=" + h.parameter() + "&page="
                        + h.parameter() + "&size=" + h.parameter()));
        endpoints.add(h -> empty("hr", "GET", "/api/programs/" + h.segment() + "/issuer"));
        // Deadlines, the late list and one's own mail choices.
        JsonValue extension = object("{\"dueBy\":\"2027-01-15\",\"reason\":\"Sick leave\",\"version\":0}");
        endpoints.add(h -> empty("hr", "GET", "/api/people/" + id(h, "H-1") + "/deadlines"));
        endpoints.add(h -> json(
                "hr", "PUT", "/api/people/" + id(h, "H-1") + "/deadlines/" + id(h, "cx-essentials"), h, extension));
        endpoints.add(h -> empty(
                "hr",
                "DELETE",
                "/api/people/" + id(h, "H-1") + "/deadlines/" + h.segment() + "?version=" + h.parameter()));
        endpoints.add(h -> empty(
                "hr",
                "GET",
                "/api/records/late?program=" + h.parameter() + "&branch=" + h.parameter() + "&page=" + h.parameter()
                        + "&size=" + h.parameter() + "&format=" + h.parameter()));
        endpoints.add(h -> json(
                trainee,
                "PUT",
                "/api/me/mail",
                h,
                object("{\"deadlineReminders\":false,\"lateDigest\":true,\"version\":0}")));
        return endpoints;
    }

    private static String recordFilters(HostileInputs h) {
        return "?from=" + h.parameter() + "&to=" + h.parameter() + "&program=" + h.parameter() + "&branch="
                + h.parameter() + "&status=" + h.parameter() + "&within=" + h.parameter() + "&employee="
                + h.parameter();
    }

    /** A real scenario's slug half the time (so the body is what is refused), a hostile one otherwise. */
    private static String slug(HostileInputs h) {
        return h.nextInt(2) == 0 ? SCENARIO : h.segment();
    }

    /** A real id half the time, a hostile one otherwise. */
    private static String id(HostileInputs h, String real) {
        return h.nextInt(2) == 0 ? real : h.segment();
    }

    /** A hostile JSON body; one in forty is past the size limit, sent in chunks every other time. */
    private static Attack json(String role, String method, String path, HostileInputs h, JsonValue template) {
        if (h.nextInt(40) == 0) {
            return new Attack(role, method, path, JSON, HostileInputs.oversized(), h.nextInt(2) == 0);
        }
        String type = h.nextInt(25) == 0 ? h.pick(List.of("text/plain", "application/xml", "x/../y")) : JSON;
        return new Attack(role, method, path, type, h.json(template), false);
    }

    private static Attack empty(String role, String method, String path) {
        return new Attack(role, method, path, null, null, false);
    }

    private static List<String> check(int index, Attack attack, FormSession.Reply reply) {
        String what = "#" + index + " " + attack + " → " + reply;
        List<String> failures = new ArrayList<>();
        if (attack.body() != null && attack.body().length >= HostileInputs.OVERSIZE && reply.status() != 413) {
            failures.add("not refused as too large: " + what);
        } else if (reply.status() >= 500) {
            failures.add(what);
        } else if (reply.status() >= 400) {
            if (refusedByTheServer(attack, reply)) {
                return failures;
            }
            if (!reply.contentType().startsWith("application/problem+json")) {
                failures.add("not a problem: " + what);
                return failures;
            }
            try {
                JsonObject problem = problem(reply);
                if (problem.getInt("status", -1) != reply.status()
                        || problem.getString("title", "").isBlank()
                        || problem.getString("detail", "").isBlank()) {
                    failures.add("an incomplete problem: " + what);
                }
            } catch (RuntimeException notJson) {
                failures.add("a problem that is not JSON: " + what);
            }
        }
        return failures;
    }

    /**
     * What the HTTP server refuses before any application code runs, so no problem can be written: a request line it
     * cannot decode (a NUL, an encoded backslash, bytes that are not UTF-8, a path too long), answered with an empty
     * 400; and a path whose encoded slashes and dots, once decoded, lead out of /api (the traversal is undone, and
     * what answers is the web pages' 404 or 403, not the API).
     */
    private static boolean refusedByTheServer(Attack attack, FormSession.Reply reply) {
        boolean undecodable = reply.status() == 400 && reply.contentType().isEmpty() && reply.body().length == 0;
        return undecodable || !decodedPath(attack.path()).startsWith("/api/");
    }

    /** The path as the server resolves it: percent-decoded, then dot segments applied. */
    private static String decodedPath(String path) {
        String raw = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments) + "/";
    }

    private static JsonObject problem(FormSession.Reply reply) {
        try (JsonReader reader = Json.createReader(new StringReader(reply.text()))) {
            return reader.readObject();
        }
    }

    private static JsonValue object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static String firstTurnId() throws SQLException {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from turn limit 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The rows in each of the tables, in their order. */
    private static long[] counts(Connection connection) {
        String sql = "select "
                + TABLES.stream().map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            long[] counts = new long[TABLES.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rows.getLong(i + 1);
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + TABLES, e);
        }
    }

    private static String changes(long[] before, long[] after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed.add(TABLES.get(i) + " " + before[i] + " → " + after[i]);
            }
        }
        return String.join(", ", changed);
    }
}
