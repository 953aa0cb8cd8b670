package org.extramile.records;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds xAPI 1.0.3 statements: the actor as an account (employee number, else username) on the installation's home
 * page, ADL verbs (the ones cmi5 uses), scenario and program activities under a configurable base IRI. Statement ids
 * are name-based (UUID version 5) on what they state, so exporting twice gives the same ids and an LRS keeps one.
 */
final class XapiStatements {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    static final String COURSE = "http://adlnet.gov/expapi/activities/course";
    private static final UUID NAMESPACE = UUID.fromString("6f5c3a52-2d5e-4b8a-9a43-0b1f2e8c7d10");

    private final String base;

    /** {@code base}: an absolute IRI without a trailing slash, e.g. {@code https://training.example.com}. */
    XapiStatements(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A program, as the parent activity of its scenarios' statements. */
    record ProgramActivity(String slug, String title) {}

    /** One criterion's verdict in one step of an attempt. */
    record CriterionResult(String step, String criterion, String level, int points, int maxPoints) {}

    /** What an attempt says about itself; the result fields are null until it is completed. */
    record AttemptFacts(
            UUID id,
            String actor,
            String scenario,
            String scenarioTitle,
            Instant startedAt,
            Instant finishedAt,
            boolean completed,
            Integer points,
            Integer maxPoints,
            Boolean passed,
            List<CriterionResult> criteria,
            List<ProgramActivity> programs) {}

    /** "attempted" when started; "completed" and "passed" or "failed" when completed. */
    List<JsonObject> attempt(AttemptFacts a) {
        JsonObject attempted = statement(a.id() + "/attempted", a.actor(), "attempted", scenario(a), a.startedAt())
                .add("context", context(a.id(), a.programs()))
                .build();
        if (!a.completed()) {
            return List.of(attempted);
        }
        JsonObject completed = statement(a.id() + "/completed", a.actor(), "completed", scenario(a), a.finishedAt())
                .add(
                        "result",
                        Json.createObjectBuilder()
                                .add("completion", true)
                                .add("duration", duration(a.startedAt(), a.finishedAt())))
                .add("context", context(a.id(), a.programs()))
                .build();
        String verdict = Boolean.TRUE.equals(a.passed()) ? "passed" : "failed";
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("success", Boolean.TRUE.equals(a.passed()))
                .add("completion", true)
                .add("duration", duration(a.startedAt(), a.finishedAt()));
        if (a.points() != null && a.maxPoints() != null && a.maxPoints() > 0) {
            result.add("score", score(a.points(), a.maxPoints()));
        }
        if (!a.criteria().isEmpty()) {
            result.add("extensions", criteria(a.scenario(), a.criteria()));
        }
        JsonObject judged = statement(a.id() + "/" + verdict, a.actor(), verdict, scenario(a), a.finishedAt())
                .add("result", result)
                .add("context", context(a.id(), a.programs()))
                .build();
        return List.of(attempted, completed, judged);
    }

    /** "passed" on the program activity, for a certificate: its overall score, success and completion. */
    JsonObject certified(String serial, String actor, ProgramActivity program, double overallScore, Instant issuedAt) {
        return statement("certificate/" + serial, actor, "passed", program(program), issuedAt)
                .add(
                        "result",
                        Json.createObjectBuilder()
                                .add("success", true)
                                .add("completion", true)
                                .add("score", Json.createObjectBuilder().add("scaled", clamp(overallScore))))
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add(
                                        "extensions",
                                        Json.createObjectBuilder()
                                                .add(base + "/extensions/certificate-serial", serial)))
                .build();
    }

    private JsonObjectBuilder statement(String name, String actor, String verb, JsonObject object, Instant at) {
        return Json.createObjectBuilder()
                .add("id", uuid5(name).toString())
                .add(
                        "actor",
                        Json.createObjectBuilder()
                                .add("objectType", "Agent")
                                .add(
                                        "account",
                                        Json.createObjectBuilder()
                                                .add("homePage", base)
                                                .add("name", actor)))
                .add(
                        "verb",
                        Json.createObjectBuilder()
                                .add("id", VERBS + verb)
                                .add("display", Json.createObjectBuilder().add("en-US", verb)))
                .add("object", object)
                .add("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
    }

    private JsonObject scenario(AttemptFacts a) {
        return activity(base + "/activities/scenarios/" + a.scenario(), a.scenarioTitle(), SIMULATION);
    }

    private JsonObject program(ProgramActivity program) {
        return activity(base + "/activities/programs/" + program.slug(), program.title(), COURSE);
    }

    private static JsonObject activity(String id, String name, String type) {
        return Json.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", id)
                .add(
                        "definition",
                        Json.createObjectBuilder()
                                .add("name", Json.createObjectBuilder().add("en-US", name))
                                .add("type", type))
                .build();
    }

    /** The attempt's registration (its id, so statements of one attempt group), and its programs as parents. */
    private JsonObjectBuilder context(UUID attempt, List<ProgramActivity> programs) {
        JsonObjectBuilder context = Json.createObjectBuilder().add("registration", attempt.toString());
        if (!programs.isEmpty()) {
            JsonArrayBuilder parents = Json.createArrayBuilder();
            programs.forEach(p -> parents.add(program(p)));
            context.add("contextActivities", Json.createObjectBuilder().add("parent", parents));
        }
        return context;
    }

    /** Per criterion, an extension keyed by its IRI: the level, points and maximum it reached in each step. */
    private JsonObjectBuilder criteria(String scenario, List<CriterionResult> criteria) {
        Map<String, JsonArrayBuilder> byCriterion = new java.util.LinkedHashMap<>();
        for (CriterionResult c : criteria) {
            byCriterion
                    .computeIfAbsent(
                            base + "/activities/scenarios/" + scenario + "/criteria/" + c.criterion(),
                            key -> Json.createArrayBuilder())
                    .add(Json.createObjectBuilder()
                            .add("step", c.step())
                            .add("level", c.level())
                            .add("points", c.points())
                            .add("maxPoints", c.maxPoints()));
        }
        JsonObjectBuilder extensions = Json.createObjectBuilder();
        byCriterion.forEach(extensions::add);
        return extensions;
    }

    private static JsonObjectBuilder score(int points, int maxPoints) {
        int raw = Math.max(0, Math.min(points, maxPoints));
        return Json.createObjectBuilder()
                .add("scaled", Columns.round((double) raw / maxPoints))
                .add("raw", raw)
                .add("min", 0)
                .add("max", maxPoints);
    }

    private static double clamp(double scaled) {
        return Columns.round(Math.max(-1, Math.min(1, scaled)));
    }

    /** ISO 8601, to the hundredth of a second as xAPI asks. */
    static String duration(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return Duration.ofMillis(d.toMillis() / 10 * 10).toString();
    }

    /** A name-based UUID, version 5 (SHA-1), in this installation's namespace. */
    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (hash[i] & 0xff);
                low = (low << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return bytes;
    }
}
