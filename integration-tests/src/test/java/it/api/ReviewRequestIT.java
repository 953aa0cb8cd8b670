package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.ScoreCards;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A trainee who thinks the scorer got an answer wrong asks a trainer to look again, once, saying why. */
class ReviewRequestIT extends OverHttp {

    private static final String SLUG = "mixed-up-order";
    private static final String NOTE = "I did own it: \"that's on me\" is me taking the blame.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldSendAnAnswerBackToTheQueueWithTheTraineesNoteUntilATrainerJudgesIt() {
        String trainee = Trainees.create("asking");
        String attempt = passed(trainee);
        JsonObject first = turns(trainee, attempt).get(0);
        String turn = first.getString("id");
        assertThat(first.getBoolean("underReview"))
                .as("a confident verdict: nothing waits")
                .isFalse();
        String path = "/api/attempts/" + attempt + "/turns/" + turn + "/review-request";

        Api.Reply blank = api.postJson(path, trainee, "{\"note\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.body()).contains("/note", "Say what you think the scorer missed");
        Api.Reply tooLong = api.postJson(path, trainee, note("x".repeat(1001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1000 characters, not 1001");
        String stranger = Trainees.create("asking");
        assertThat(api.postJson(path, stranger, note(NOTE)).status())
                .as("someone else's attempt")
                .isEqualTo(404);
        assertThat(api.postJson(
                                "/api/attempts/" + attempt + "/turns/" + UUID.randomUUID() + "/review-request",
                                trainee,
                                note(NOTE))
                        .status())
                .isEqualTo(404);
        assertThat(turns(trainee, attempt).get(0).containsKey("reviewRequest"))
                .as("nothing stored by a refused request")
                .isFalse();

        Api.Reply asked = api.postJson(path, trainee, note(NOTE));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        JsonObject waiting = asked.json().asJsonObject();
        assertThat(waiting.getBoolean("underReview"))
                .as("the result may change")
                .isTrue();
        JsonObject request = waiting.getJsonArray("turns").getJsonObject(0);
        assertThat(request.getBoolean("underReview")).isTrue();
        assertThat(request.getJsonObject("reviewRequest").getString("note")).isEqualTo(NOTE);
        JsonObject item = queued(turn);
        assertThat(item.getJsonObject("request").getString("note")).isEqualTo(NOTE);
        assertThat(item.getString("traineeName")).isEqualTo("Trainee " + trainee);

        Api.Reply again = api.postJson(path, trainee, note("Please look again."));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body())
                .contains("You asked a trainer to look at this answer again on", "one request an answer");

        Api.Reply judged =
                api.postJson("/api/review/" + turn, "trainer", ScoreCards.confirming(first.getJsonObject("card")));
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        JsonObject settled = api.get("/api/attempts/" + attempt, trainee).json().asJsonObject();
        assertThat(settled.getBoolean("underReview")).isFalse();
        assertThat(settled.getJsonObject("result").getBoolean("passed")).isTrue();
        assertThat(settled.getJsonArray("turns")
                        .getJsonObject(0)
                        .getJsonObject("reviewRequest")
                        .getString("note"))
                .as("kept with the answer")
                .isEqualTo(NOTE);
        assertThat(api.get("/api/review?size=200", "trainer").json().asJsonObject().getJsonArray("items").stream()
                        .map(i -> i.asJsonObject().getString("turn")))
                .doesNotContain(turn);
    }

    @Test
    void shouldRefuseToAskAboutAnAnswerATrainerJudgedOrAnAttemptGivenUp() {
        String trainee = Trainees.create("asking");
        String attempt = passed(trainee);
        JsonObject first = turns(trainee, attempt).get(0);
        assertThat(api.postJson(
                                "/api/review/" + first.getString("id"),
                                "trainer",
                                ScoreCards.confirming(first.getJsonObject("card")))
                        .status())
                .isEqualTo(200);

        Api.Reply judged = api.postJson(
                "/api/attempts/" + attempt + "/turns/" + first.getString("id") + "/review-request",
                trainee,
                note(NOTE));
        assertThat(judged.status()).isEqualTo(409);
        assertThat(judged.body()).contains("A trainer already set this answer's levels on", "their verdict stands");

        String given = plays.start(trainee, SLUG).getString("id");
        String turn = plays.answer(trainee, given, "wrong-drink", plays.goodAnswer(SLUG, "wrong-drink"))
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        assertThat(api.postJson("/api/attempts/" + given + "/abandon", trainee, "")
                        .status())
                .isEqualTo(200);
        Api.Reply abandoned =
                api.postJson("/api/attempts/" + given + "/turns/" + turn + "/review-request", trainee, note(NOTE));
        assertThat(abandoned.status()).isEqualTo(409);
        assertThat(abandoned.body()).contains("You gave this attempt up");
    }

    /** The id of an attempt the trainee passed with good answers. */
    private String passed(String trainee) {
        JsonObject started = plays.start(trainee, SLUG);
        JsonObject outcome = plays.playToTheEnd(trainee, started, step -> plays.goodAnswer(SLUG, step));
        assertThat(outcome.getJsonObject("result").getBoolean("passed"))
                .as(outcome.toString())
                .isTrue();
        return started.getString("id");
    }

    private List<JsonObject> turns(String trainee, String attempt) {
        return api.get("/api/attempts/" + attempt, trainee)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getValuesAs(JsonObject.class);
    }

    private JsonObject queued(String turn) {
        return api
                .get("/api/review?scenario=" + SLUG + "&size=200", "trainer")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("turn").equals(turn))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the review queue: " + turn));
    }

    private static String note(String text) {
        return Json.createObjectBuilder().add("note", text).build().toString();
    }
}
