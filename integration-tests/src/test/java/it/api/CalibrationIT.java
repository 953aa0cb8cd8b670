package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The scorer learns from trainers: verdicts marked wrong in preview become labels of the draft rubric, which
 * calibrate the scorer once there are enough, travel to the version the draft is published as, and travel in packs.
 * The library's scenarios ship with their trainers' labels, so they are calibrated from the first start.
 */
class CalibrationIT extends OverHttp {

    private static final String LIBRARY_SLUG = "buy-the-missing-drink";
    /** The library scenario imported without the labels it ships with: the default scorer, to be taught. */
    private static final String SLUG = "drink-untaught";

    private static final String STEP = "diet-coke-order";
    private static final String CRITERION = "kind-no";
    /** An apology with nothing offered: the default scorer counts it as a kind no, these trainers do not. */
    private static final String BORDERLINE = "I'm afraid we have no Coke at the bar.";

    private static final List<String> APOLOGY_ONLY = List.of(
            "I'm afraid we don't have Coke.",
            "I'm afraid we only have Pepsi.",
            "Sorry about that, we don't sell Coke.",
            "Unfortunately we have no Diet Coke.",
            "I'm so sorry, there's no Coke here.",
            "I apologize, we don't carry it.",
            "I'm afraid we don't stock that.",
            "Sorry about that, no Coke at this bar.",
            "Unfortunately we don't have any.",
            "I'm so sorry, it's Pepsi or nothing.",
            "I apologize, Coke isn't on the menu.",
            "I'm afraid we're out of Coke products.");

    private static final List<String> KIND_NO = List.of(
            "I'm so sorry, we don't carry Coke here, but leave it with me and I'll sort something out.",
            "I'm afraid the bar has no Coke at all. Let me see what I can do for you.",
            "Sorry about that, we don't stock Coke, but there's a way round it.",
            "Unfortunately we've no Diet Coke, I apologize. Give me a second and I'll fix that.",
            "I'm so sorry! No Coke at the bar, but leave it with me.",
            "Sorry about that. Give me a second, I'll see what I can do.",
            "I apologize, we have no Diet Coke, but I'll sort something out for you.",
            "I'm afraid we don't sell it, but there's a way round it, leave it with me.",
            "Unfortunately there's no Coke here. Let me see what I can do, give me a second.",
            "Really sorry about that. Leave it with me, I'll sort something out.",
            "I'm so sorry, no Diet Coke at the bar. I'll see what I can do right away.",
            "Sorry about that! We're out, but give me a second and I'll sort something out.");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldScoreTheLibraryWithTheLabelsItShipsWithFromTheFirstStart() {
        JsonObject card = preview(
                LIBRARY_SLUG,
                "Sorry! No Diet Coke here, but there is a store a short walk away and I will pop over and buy you one"
                        + " now."); // the default scorer does not see the offer: no indicator, nearer a counter-example

        assertThat(card.getJsonObject("calibration").getString("source")).isEqualTo("labels");
        assertThat(card.getJsonObject("calibration").getInt("labels")).isGreaterThanOrEqualTo(80);
        assertThat(card.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("key").equals("fetch-diet-coke"))
                .singleElement()
                .satisfies(c -> assertThat(c.getBoolean("met")).as(c.toString()).isTrue());
    }

    @Test
    void shouldLearnFromVerdictsMarkedWrongAndKeepWhatItLearnedThroughPublishingAndPacks() {
        importUntaught(SLUG);
        JsonObject before = preview(SLUG, BORDERLINE);
        APOLOGY_ONLY.forEach(text -> label(SLUG, text, "not shown"));
        KIND_NO.subList(0, 7).forEach(text -> label(SLUG, text, "fully"));
        JsonObject oneShort = preview(SLUG, BORDERLINE);
        KIND_NO.subList(7, KIND_NO.size() - 1).forEach(text -> label(SLUG, text, "fully"));
        JsonObject last = label(SLUG, KIND_NO.get(KIND_NO.size() - 1), "fully");

        JsonObject after = preview(SLUG, BORDERLINE);

        assertThat(met(before)).isTrue();
        assertThat(before.getJsonObject("calibration").getString("source")).isEqualTo("defaults");
        assertThat(oneShort.getJsonObject("calibration").getString("source"))
                .as("19 labelled answers are one short of the threshold, 20")
                .isEqualTo("defaults");
        assertThat(last.getInt("labelledAnswers")).isEqualTo(24);
        assertThat(met(after)).isFalse();
        assertThat(after.getJsonObject("calibration"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("labels", 24)
                        .add("source", "labels")
                        .build());

        Api.Reply published = api.postJson("/api/scenarios/" + SLUG + "/rubric/publish", "trainer", "");
        assertThat(published.json().asJsonObject().getInt("number")).isEqualTo(2);
        assertThat(examples(api.get("/api/scenarios/" + LIBRARY_SLUG + "/pack", "trainer")))
                .as("the library's own labels are untouched")
                .hasSizeGreaterThanOrEqualTo(80)
                .noneSatisfy(example -> assertThat(example.getString("text")).isEqualTo(APOLOGY_ONLY.get(0)));
        assertThat(examples(api.get("/api/scenarios/" + SLUG + "/pack?version=2", "trainer")))
                .hasSize(24);
        assertThat(examples(api.get("/api/scenarios/" + SLUG + "/pack?version=1", "trainer")))
                .isEmpty();

        String trainee = Trainees.create("calibrated");
        String attempt = plays.start(trainee, SLUG).getString("id");
        JsonObject turn = plays.answer(trainee, attempt, STEP, BORDERLINE)
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getJsonObject("card");
        assertThat(turn.getJsonObject("calibration").getString("source")).isEqualTo("labels");
        assertThat(met(turn)).isFalse();

        Api.Reply exported = api.get("/api/scenarios/" + SLUG + "/pack", "trainer");
        assertThat(examples(exported)).hasSize(24).anySatisfy(example -> assertThat(example)
                .isEqualTo(Json.createObjectBuilder()
                        .add("levels", Json.createObjectBuilder().add(CRITERION, "not shown"))
                        .add("step", STEP)
                        .add("text", APOLOGY_ONLY.get(0))
                        .build()));
        Api.Reply imported = api.postJson("/api/scenarios/import?slug=drink-as-taught", "trainer", exported.body());
        assertThat(imported.status()).isEqualTo(201);
        assertThat(examples(api.get("/api/scenarios/drink-as-taught/pack", "trainer")))
                .isEqualTo(examples(exported));
        JsonObject taught = preview("drink-as-taught", BORDERLINE);
        assertThat(taught.getJsonObject("calibration").getString("source")).isEqualTo("labels");
        assertThat(met(taught)).isFalse();
    }

    /**
     * What reviews taught a version, the next one keeps: a trainer's override counts for the draft ("try an answer"
     * calibrates on it), travels to the version the draft is published as, and stays in this installation: a pack
     * never carries a trainee's words.
     */
    @Test
    void shouldKeepWhatReviewsTaughtThroughTheNextVersion() {
        String slug = "drink-reviewed";
        importUntaught(slug);
        APOLOGY_ONLY.forEach(text -> label(slug, text, "not shown"));
        KIND_NO.subList(0, 7).forEach(text -> label(slug, text, "fully"));
        JsonObject untaught = preview(slug, BORDERLINE);

        Api.Reply reviewed = reviewedAsKindNo(slug, "reviewed");
        JsonObject taught = preview(slug, BORDERLINE);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        String later = Trainees.create("after-review");
        JsonObject card = plays.answer(later, plays.start(later, slug).getString("id"), STEP, BORDERLINE)
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getJsonObject("card");

        assertThat(untaught.getJsonObject("calibration").getString("source"))
                .as("19 labels of the draft: one short")
                .isEqualTo("defaults");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(taught.getJsonObject("calibration"))
                .as("the review is the twentieth")
                .isEqualTo(Json.createObjectBuilder()
                        .add("labels", 20)
                        .add("source", "labels")
                        .build());
        assertThat(published.json().asJsonObject().getInt("number")).isEqualTo(2);
        assertThat(card.getJsonObject("calibration").getInt("labels"))
                .as("version 2 calibrated on the review too")
                .isEqualTo(20);
        assertThat(examples(api.get("/api/scenarios/" + slug + "/pack?version=2", "trainer")))
                .hasSize(19)
                .noneSatisfy(example -> assertThat(example.getString("text")).isEqualTo(KIND_NO.get(11)));
    }

    /**
     * A trainer sees what the scorer learns from, and takes back a label given by mistake: the scorer forgets it (here
     * it falls one short of the threshold again), while a review's labels are listed but changed only by reviewing the
     * turn again.
     */
    @Test
    void shouldShowWhatTheScorerLearnsFromAndForgetALabelGivenByMistake() {
        String slug = "drink-mislabelled";
        importUntaught(slug);
        APOLOGY_ONLY.forEach(text -> label(slug, text, "not shown"));
        KIND_NO.subList(0, 6).forEach(text -> label(slug, text, "fully"));
        String mistaken = APOLOGY_ONLY.get(0) + " Really.";
        label(slug, mistaken, "fully");
        Api.Reply reviewed = reviewedAsKindNo(slug, "mislabelled");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);

        JsonObject taught = labels(slug, "");
        JsonObject disagreeing = labels(slug, "?disagreeing=true");
        JsonObject newest =
                taught.getJsonObject("answers").getJsonArray("items").getJsonObject(0);
        JsonObject labelled =
                taught.getJsonObject("answers").getJsonArray("items").getJsonObject(1);
        Api.Reply review = api.delete("/api/scenarios/" + slug + "/labels/" + newest.getJsonNumber("id"), "trainer");
        Api.Reply removed = api.delete("/api/scenarios/" + slug + "/labels/" + labelled.getJsonNumber("id"), "trainer");
        Api.Reply again = api.delete("/api/scenarios/" + slug + "/labels/" + labelled.getJsonNumber("id"), "trainer");
        Api.Reply byTrainee =
                api.delete("/api/scenarios/" + slug + "/labels/" + labelled.getJsonNumber("id"), "trainee");
        JsonObject forgotten = labels(slug, "?size=5");

        assertThat(taught.getBoolean("calibrated")).as(taught.toString()).isTrue();
        assertThat(taught.getInt("labelledAnswers")).isEqualTo(20);
        assertThat(taught.getInt("needed")).isEqualTo(20);
        assertThat(taught.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("key").equals(CRITERION))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getInt("labelled")).isEqualTo(20);
                    assertThat(c.getInt("met")).isEqualTo(8);
                    assertThat(c.getString("model")).isIn("DEFAULT", "RUBRIC", "CRITERION");
                    JsonObject heldOut = c.getJsonObject("heldOut");
                    assertThat(heldOut.getInt("agreed") + heldOut.getInt("missed") + heldOut.getInt("falselyMet"))
                            .as("each of the 20 labels judged once by a model fitted without it: %s", heldOut)
                            .isEqualTo(20);
                    assertThat(heldOut.getInt("agreed")).isGreaterThan(10);
                });
        assertThat(newest.getString("text")).isEqualTo(KIND_NO.get(11));
        assertThat(newest.getString("source")).isEqualTo("OVERRIDE");
        assertThat(newest.getBoolean("removable")).isFalse();
        assertThat(labelled.getString("text")).isEqualTo(mistaken);
        assertThat(labelled.getString("source")).isEqualTo("PREVIEW");
        assertThat(labelled.getString("labelledBy")).isEqualTo("trainer");
        assertThat(labelled.getJsonObject("levels"))
                .isEqualTo(Json.createObjectBuilder().add(CRITERION, "fully").build());
        assertThat(labelled.getBoolean("removable")).isTrue();
        assertThat(labelled.getJsonArray("disagreements").getValuesAs(JsonString.class))
                .as("fitted without it, the scorer calls the bare apology what the other eleven are")
                .extracting(JsonString::getString)
                .containsExactly(CRITERION);
        assertThat(disagreeing.getJsonObject("answers").getJsonArray("items").getValuesAs(JsonObject.class))
                .as("only the answers the scorer gets wrong when fitted without them")
                .isNotEmpty()
                .allSatisfy(answer ->
                        assertThat(answer.getJsonArray("disagreements")).isNotEmpty())
                .anySatisfy(answer -> assertThat(answer.getString("text")).isEqualTo(mistaken));

        assertThat(review.status())
                .as("a review's labels change by reviewing again")
                .isEqualTo(404);
        assertThat(review.contentType()).startsWith("application/problem+json");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().asJsonObject().getString("detail")).contains("may have been removed already");
        assertThat(byTrainee.status()).isEqualTo(403);
        assertThat(forgotten.getBoolean("calibrated"))
                .as("18 answers and the review: one short")
                .isFalse();
        assertThat(forgotten.getInt("labelledAnswers")).isEqualTo(19);
        assertThat(forgotten.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .as("no model fitted, nothing held out")
                .allSatisfy(c ->
                        assertThat(c.getOrDefault("heldOut", JsonValue.NULL)).isEqualTo(JsonValue.NULL));
        assertThat(forgotten.getJsonObject("answers").getInt("total")).isEqualTo(19);
        assertThat(forgotten.getJsonObject("answers").getJsonArray("items")).hasSize(5);
        assertThat(preview(slug, BORDERLINE).getJsonObject("calibration").getString("source"))
                .isEqualTo("defaults");
        assertThat(labels(slug, "?version=1").getInt("labelledAnswers"))
                .as("the published version keeps its own labels: the review")
                .isEqualTo(1);
    }

    @Test
    void shouldLetOnlyTrainersLabelAndPointAtLevelsTheRubricCannotHave() {
        String path = "/api/scenarios/free-upgrade/preview/labels";
        String firstStep = "empty-shelf";

        Api.Reply trainee = api.postJson(path, "trainee", body(firstStep, "Hello", Map.of("anything", "fully")));
        Api.Reply wrongLevel = api.postJson(path, "trainer", body(firstStep, "Hello", Map.of(criterionOf(), "superb")));
        Api.Reply noCriterion = api.postJson(path, "trainer", body(firstStep, "Hello", Map.of("telepathy", "fully")));
        Api.Reply noLevels = api.postJson(path, "trainer", body(firstStep, "Hello", Map.of()));
        Api.Reply noStep = api.postJson(path, "trainer", body("nowhere", "Hello", Map.of(criterionOf(), "fully")));

        assertThat(trainee.status()).isEqualTo(403);
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(wrongLevel.contentType()).startsWith("application/problem+json");
        assertThat(violation(wrongLevel).getString("pointer")).isEqualTo("/levels/" + criterionOf());
        assertThat(violation(wrongLevel).getString("message")).contains("'superb' is not a level", "not shown");
        assertThat(violation(noCriterion).getString("pointer")).isEqualTo("/levels/telepathy");
        assertThat(violation(noLevels).getString("pointer")).isEqualTo("/levels");
        assertThat(noStep.status()).isEqualTo(400);
        assertThat(violation(noStep).getString("pointer")).isEqualTo("/step");
        assertThat(examples(api.get("/api/scenarios/free-upgrade/pack", "trainer")))
                .as("nothing refused is stored")
                .noneSatisfy(example -> assertThat(example.getString("text")).isEqualTo("Hello"));
    }

    /**
     * The library's rubric names "sorry" as words of a kind no in part, and "afraid" is its synonym: these tests are
     * about what labels teach, so the levels say nothing of their own.
     */
    private static JsonObject withoutLevelWords(JsonObject rubric) {
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (JsonObject criterion : rubric.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            JsonArrayBuilder levels = Json.createArrayBuilder();
            criterion
                    .getJsonArray("levels")
                    .getValuesAs(JsonObject.class)
                    .forEach(level -> levels.add(Json.createObjectBuilder(level).remove("indicators")));
            criteria.add(Json.createObjectBuilder(criterion).add("levels", levels));
        }
        return Json.createObjectBuilder(rubric).add("criteria", criteria).build();
    }

    /** The library pack imported as {@code slug} without its labelled examples, and published as version 1. */
    private void importUntaught(String slug) {
        JsonObject pack = api.get("/api/scenarios/" + LIBRARY_SLUG + "/pack", "trainer")
                .json()
                .asJsonObject();
        String untaught = Json.createObjectBuilder(pack)
                .remove("labelledExamples")
                .add("rubric", withoutLevelWords(pack.getJsonObject("rubric")))
                .build()
                .toString();
        Api.Reply imported = api.postJson("/api/scenarios/import?slug=" + slug, "trainer", untaught);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        assertThat(published.json().asJsonObject().getInt("number")).isEqualTo(1);
    }

    /** A criterion of free-upgrade's first step that is scored. */
    private String criterionOf() {
        return api
                .get("/api/scenarios/free-upgrade/rubric", "trainer")
                .json()
                .asJsonObject()
                .getJsonArray("criteria")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getJsonArray("steps").toString().contains("\"empty-shelf\""))
                .filter(c -> !c.getString("kind").equals("PENALTY"))
                .findFirst()
                .orElseThrow()
                .getString("key");
    }

    private JsonObject preview(String slug, String text) {
        Api.Reply reply = api.postJson(
                "/api/scenarios/" + slug + "/preview",
                "trainer",
                Json.createObjectBuilder()
                        .add("step", STEP)
                        .add("text", text)
                        .build()
                        .toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    /** A new trainee answers the last of {@link #KIND_NO}, and a trainer's review calls it a kind no in full. */
    private Api.Reply reviewedAsKindNo(String slug, String trainee) {
        String username = Trainees.create(trainee);
        String attempt = plays.start(username, slug).getString("id");
        String turn = plays.answer(username, attempt, STEP, KIND_NO.get(KIND_NO.size() - 1))
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        return api.postJson(
                "/api/review/" + turn,
                "trainer",
                Json.createObjectBuilder()
                        .add("levels", Json.createObjectBuilder().add(CRITERION, "fully"))
                        .add("reason", "Leave it with me is a kind no: something will be done.")
                        .build()
                        .toString());
    }

    private JsonObject labels(String slug, String query) {
        Api.Reply reply = api.get("/api/scenarios/" + slug + "/labels" + query, "trainer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private JsonObject label(String slug, String text, String level) {
        Api.Reply reply = api.postJson(
                "/api/scenarios/" + slug + "/preview/labels", "trainer", body(STEP, text, Map.of(CRITERION, level)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().asJsonObject();
    }

    private static String body(String step, String text, Map<String, String> levels) {
        var json = Json.createObjectBuilder();
        levels.forEach(json::add);
        return Json.createObjectBuilder()
                .add("step", step)
                .add("text", text)
                .add("levels", json)
                .build()
                .toString();
    }

    private static boolean met(JsonObject card) {
        return card.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals(CRITERION))
                .findFirst()
                .orElseThrow()
                .getBoolean("met");
    }

    private static List<JsonObject> examples(Api.Reply pack) {
        assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
        return pack.json().asJsonObject().getJsonArray("labelledExamples").getValuesAs(JsonObject.class);
    }

    private static JsonObject violation(Api.Reply reply) {
        return reply.json().asJsonObject().getJsonArray("violations").getJsonObject(0);
    }
}
