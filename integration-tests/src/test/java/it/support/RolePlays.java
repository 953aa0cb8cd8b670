package it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plays scenarios over the API with answers written from their published rubric: a "good" answer
 * to a step joins one exemplar of every criterion it is scored on; a "deflecting" one is an
 * exemplar of the penalty. These test the role-play's loop, not the scorer's judgement.
 */
public final class RolePlays {

    private final Api api;
    private final Map<String, JsonObject> rubrics = new LinkedHashMap<>();

    public RolePlays(Api api) {
        this.api = api;
    }

    public JsonObject start(String user, String slug) {
        Api.Reply reply = api.postJson(
                "/api/attempts",
                user,
                Json.createObjectBuilder().add("scenario", slug).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Starting " + slug + " as " + user + ": " + reply);
        }
        return reply.json().asJsonObject();
    }

    public Api.Reply answer(String user, String attemptId, String step, String text) {
        return answer(user, attemptId, step, text, Map.of());
    }

    public Api.Reply answer(String user, String attemptId, String step, String text, Map<String, String> headers) {
        String body = Json.createObjectBuilder()
                .add("step", step)
                .add("text", text)
                .build()
                .toString();
        return api.postJson("/api/attempts/" + attemptId + "/turns", user, body, headers);
    }

    /** The trainee asks a trainer to look again at their answer at this place (0 for the first); that turn's id. */
    public String askForAnotherLook(String user, String attemptId, int place, String note) {
        String turn = api.get("/api/attempts/" + attemptId, user)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getJsonObject(place)
                .getString("id");
        Api.Reply asked = api.postJson(
                "/api/attempts/" + attemptId + "/turns/" + turn + "/review-request",
                user,
                Json.createObjectBuilder().add("note", note).build().toString());
        if (asked.status() != 200) {
            throw new AssertionError("Asking for another look as " + user + ": " + asked);
        }
        return turn;
    }

    /** Plays a started attempt to its end, answering each step as told; the last turn's outcome. */
    public JsonObject playToTheEnd(String user, JsonObject attempt, Function<String, String> answerTo) {
        String id = attempt.getString("id");
        String step = attempt.getJsonObject("currentStep").getString("key");
        for (int turn = 0; turn < 10; turn++) {
            Api.Reply reply = answer(user, id, step, answerTo.apply(step));
            if (reply.status() != 200) {
                throw new AssertionError("Answering " + step + ": " + reply);
            }
            JsonObject outcome = reply.json().asJsonObject();
            if (!outcome.containsKey("next") || outcome.isNull("next")) {
                return outcome;
            }
            step = outcome.getJsonObject("next").getString("key");
        }
        throw new AssertionError("The role-play did not end within ten turns");
    }

    /** The scenarios the seeded program cx-essentials requires. */
    public static final List<String> ESSENTIALS =
            List.of("free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink");

    /** Plays a scenario to its end with good answers; fails unless the attempt passed. */
    public JsonObject pass(String user, String slug) {
        JsonObject outcome = playToTheEnd(user, start(user, slug), step -> goodAnswer(slug, step));
        if (!outcome.getJsonObject("result").getBoolean("passed")) {
            throw new AssertionError(slug + " did not pass with good answers: " + outcome);
        }
        return outcome;
    }

    /** Passes every scenario of cx-essentials; the serial of the certificate that issues. */
    public String certify(String user) {
        ESSENTIALS.forEach(slug -> pass(user, slug));
        return api.get("/api/me/certificates", user)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getString("serial");
    }

    /** One exemplar of every scored or critical criterion of the step, joined into one answer. */
    public String goodAnswer(String slug, String step) {
        return criteria(slug).stream()
                .filter(c -> !c.getString("kind").equals("PENALTY"))
                .filter(c -> c.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(s -> s.getString().equals(step)))
                .map(c -> c.getJsonObject("evidence").getJsonArray("exemplars").getString(0))
                .collect(Collectors.joining(" "));
    }

    /**
     * An answer to free-upgrade's first step that meets the upgrade only in part: it is only hoped for ("I might be
     * able to"). The scorer's own test of it: FreeUpgradeRubricTest.
     */
    public static final String HEDGED_UPGRADE =
            "Sorry, we're out of the small one. I might be able to let you have the bigger jar for the sale price.";

    /** An answer that deflects: the penalty's first exemplar. */
    public String deflection(String slug) {
        return criteria(slug).stream()
                .filter(c -> c.getString("kind").equals("PENALTY"))
                .map(c -> c.getJsonObject("evidence").getJsonArray("exemplars").getString(0))
                .findFirst()
                .orElseThrow();
    }

    private List<JsonObject> criteria(String slug) {
        return rubrics.computeIfAbsent(slug, s -> api.get("/api/scenarios/" + s + "/rubric/versions/1", "trainer")
                        .json()
                        .asJsonObject())
                .getJsonArray("criteria")
                .getValuesAs(JsonObject.class);
    }
}
