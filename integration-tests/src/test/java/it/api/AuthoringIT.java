package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.ScenarioCopies;
import it.support.ScenarioEdits;
import it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A trainer authors scenarios and rubrics over REST; trainees never see what the scorer looks for. */
class AuthoringIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldShowATraineeTheStepsButNothingTheScorerLooksFor() {
        Api.Reply scenario = api.get("/api/scenarios/fetch-from-another-branch", "trainee");

        assertThat(scenario.status()).isEqualTo(200);
        JsonObject view = scenario.json().asJsonObject();
        assertThat(view.getJsonArray("steps").getJsonObject(0).getString("customerLine"))
                .contains("Velvet Rose");
        assertThat(view.getJsonObject("persona").getString("name")).isNotBlank();
        assertThat(scenario.body())
                .doesNotContain("indicators", "synonyms", "exemplars", "counterExamples", "branches");
        assertThat(api.get("/api/scenarios/fetch-from-another-branch/rubric", "trainee")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/scenarios/fetch-from-another-branch/pack", "trainee")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void shouldSeedEveryLibraryRubricAsPublishedVersionOne() {
        Api.Reply versions = api.get("/api/scenarios/genuine-welcome/rubric/versions", "trainer");

        assertThat(versions.json().asJsonArray().getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(v -> assertThat(v.getInt("number")).isEqualTo(1))
                .satisfies(v -> assertThat(v.getString("publishedBy")).isEqualTo("library"));
    }

    @Test
    void shouldFreezeEachPublishedVersionAndRefuseAStaleEdit() {
        String slug = "mixed-up-order";
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        String versionOne = api.get("/api/scenarios/" + slug + "/rubric/versions/1", "trainer")
                .body();
        JsonArray retitled = retitleFirst(draft.getJsonArray("criteria"), "Owns the mistake at once");

        Api.Reply saved =
                api.putJson("/api/scenarios/" + slug + "/rubric", "trainer", edit(draft.getInt("version"), retitled));
        Api.Reply stale =
                api.putJson("/api/scenarios/" + slug + "/rubric", "admin", edit(draft.getInt("version"), retitled));
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().asJsonObject().getInt("version")).isEqualTo(draft.getInt("version") + 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(stale.json().asJsonObject().getString("detail"))
                .contains("version " + draft.getInt("version"))
                .contains("version " + (draft.getInt("version") + 1));
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().asJsonObject().getInt("number")).isEqualTo(2);
        JsonObject versionTwo = api.get("/api/scenarios/" + slug + "/rubric/versions/2", "trainer")
                .json()
                .asJsonObject();
        assertThat(versionTwo.getJsonArray("criteria").getJsonObject(0).getString("title"))
                .isEqualTo("Owns the mistake at once");
        assertThat(api.get("/api/scenarios/" + slug + "/rubric/versions/1", "trainer")
                        .body())
                .isEqualTo(versionOne);
        JsonObject changes = api.get("/api/scenarios/" + slug + "/rubric/versions/2/changes", "trainer")
                .json()
                .asJsonObject();
        assertThat(changes.getInt("number")).isEqualTo(2);
        assertThat(changes.getString("publishedBy")).isEqualTo("trainer");
        assertThat(changes.get("passMarkBefore"))
                .as("the pass mark did not change")
                .isNull();
        assertThat(changes.getJsonArray("criteria")).hasSize(1);
        JsonObject retitledChange = changes.getJsonArray("criteria").getJsonObject(0);
        assertThat(retitledChange.getString("change")).isEqualTo("CHANGED");
        assertThat(retitledChange.getString("title")).isEqualTo("Owns the mistake at once");
        assertThat(retitledChange.getJsonArray("aspects").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("TITLE");
        assertThat(api.get("/api/scenarios/" + slug + "/rubric/versions/1/changes", "trainer")
                        .json()
                        .asJsonObject()
                        .getJsonArray("criteria"))
                .as("the first version changes nothing")
                .isEmpty();
        Api.Reply none = api.get("/api/scenarios/" + slug + "/rubric/versions/9/changes", "trainer");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("no published rubric version 9");
    }

    @Test
    void shouldNameEveryInvalidFieldOfARubric() {
        String slug = "genuine-welcome";
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        JsonArray criteria = draft.getJsonArray("criteria");
        JsonObject first = criteria.getJsonObject(0);
        JsonObject broken = Json.createObjectBuilder(first)
                .add("title", "")
                .add("modelAnswer", "x".repeat(1_000_000))
                .add(
                        "levels",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "not shown")
                                        .add("points", -1))
                                .add(Json.createObjectBuilder()
                                        .add("name", "fully")
                                        .add("points", 2)))
                .build();
        JsonArray invalid = Json.createArrayBuilder(criteria).set(0, broken).build();

        Api.Reply reply =
                api.putJson("/api/scenarios/" + slug + "/rubric", "trainer", edit(draft.getInt("version"), invalid));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(pointers(reply))
                .contains("/criteria/0/title", "/criteria/0/modelAnswer", "/criteria/0/levels/0/points");
        assertThat(api.get("/api/scenarios/" + slug + "/rubric", "trainer")
                        .json()
                        .asJsonObject()
                        .getInt("version"))
                .isEqualTo(draft.getInt("version"));
    }

    @Test
    void shouldNameRuleBreaksAcrossCriteria() {
        String slug = "genuine-welcome";
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        JsonArray criteria = draft.getJsonArray("criteria");
        JsonObject duplicate = Json.createObjectBuilder(criteria.getJsonObject(1))
                .add("key", criteria.getJsonObject(0).getString("key"))
                .add("steps", Json.createArrayBuilder().add("no-such-step"))
                .add(
                        "levels",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "not shown")
                                        .add("points", 0)
                                        .add(
                                                "indicators",
                                                Json.createArrayBuilder().add("whatever")))
                                .add(Json.createObjectBuilder()
                                        .add("name", "partly")
                                        .add("points", 2))
                                .add(Json.createObjectBuilder()
                                        .add("name", "fully")
                                        .add("points", 2)))
                .build();
        JsonArray invalid = Json.createArrayBuilder(criteria).set(1, duplicate).build();

        Api.Reply reply =
                api.putJson("/api/scenarios/" + slug + "/rubric", "trainer", edit(draft.getInt("version"), invalid));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(pointers(reply))
                .contains(
                        "/criteria/1/key",
                        "/criteria/1/steps/0",
                        "/criteria/1/levels/2/points",
                        "/criteria/1/levels/0/indicators");
    }

    /**
     * An installation seeded by an older ExtraMile (its pack's digest not the one that ships now) is offered the
     * library's edition where it differs from its own: loaded over the versions read, never over a later edit, or
     * kept and not offered again.
     */
    @Test
    void shouldOfferTheLibrarysNewEditionOfAScenarioAndLoadItOnlyOverTheVersionsRead() throws Exception {
        String slug = "genuine-welcome";
        TestDatabase.updateOne("update library_seed set pack_digest = 'an-older-edition' where slug = ?", slug);
        TestDatabase.updateOne("update library_seed set pack_digest = null where slug = ?", "buy-the-missing-drink");
        JsonObject scenario =
                api.get("/api/scenarios/" + slug, "trainer").json().asJsonObject();
        String libraryTitle = scenario.getString("title");
        assertThat(updates().keySet())
                .as("an older edition the same as the library's, or one whose edition is unknown, changes nothing")
                .doesNotContain(slug, "buy-the-missing-drink");
        Api.Reply retitled = api.putJson(
                "/api/scenarios/" + slug,
                "trainer",
                ScenarioEdits.of(
                        scenario,
                        scenario.getJsonNumber("version").longValue(),
                        "Our regular at rush hour",
                        scenario.getJsonArray("steps")));
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        String criterionTitle = draft.getJsonArray("criteria").getJsonObject(0).getString("title");
        Api.Reply revised = api.putJson(
                "/api/scenarios/" + slug + "/rubric",
                "trainer",
                edit(draft.getInt("version"), retitleFirst(draft.getJsonArray("criteria"), "Greets her by name")));
        assertThat(retitled.status()).as(retitled.toString()).isEqualTo(200);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        JsonObject update = updates().get(slug);
        long scenarioVersion = update.getJsonNumber("scenarioVersion").longValue();
        long rubricVersion = update.getJsonNumber("rubricVersion").longValue();
        Api.Reply stale = api.postJson(
                "/api/scenarios/" + slug + "/library-update", "trainer", load(scenarioVersion, rubricVersion - 1));
        Api.Reply loaded = api.postJson(
                "/api/scenarios/" + slug + "/library-update", "trainer", load(scenarioVersion, rubricVersion));
        Api.Reply again = api.postJson(
                "/api/scenarios/" + slug + "/library-update", "trainer", load(scenarioVersion, rubricVersion));

        assertThat(update.getString("title")).isEqualTo(libraryTitle);
        assertThat(update.getBoolean("textsChanged")).isTrue();
        JsonObject script = update.getJsonObject("script");
        assertThat(script.getBoolean("situation") || script.getBoolean("persona"))
                .isFalse();
        assertThat(script.getJsonArray("stepsChanged")).isEmpty();
        assertThat(update.getInt("newExamples")).isZero();
        assertThat(update.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(c -> assertThat(c.getString("change")).isEqualTo("CHANGED"))
                .satisfies(c -> assertThat(c.getString("title")).isEqualTo(criterionTitle))
                .satisfies(
                        c -> assertThat(c.getJsonArray("aspects").getString(0)).isEqualTo("TITLE"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        assertThat(loaded.json().asJsonObject().getString("title")).isEqualTo(libraryTitle);
        assertThat(firstCriterionTitle(slug)).isEqualTo(criterionTitle);
        assertThat(again.status())
                .as("the edition is loaded: nothing is on offer")
                .isEqualTo(409);
        assertThat(updates()).doesNotContainKey(slug);
        assertThat(api.get("/api/scenarios/" + slug + "/rubric/versions", "trainer")
                        .json()
                        .asJsonArray())
                .as("trainees play the published version until the draft is published")
                .hasSize(1);
    }

    @Test
    void shouldKeepAnInstallationsOwnVersionAgainstTheLibrarysEdition() throws Exception {
        String slug = "mixed-up-order";
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        assertThat(api.putJson(
                                "/api/scenarios/" + slug + "/rubric",
                                "trainer",
                                edit(
                                        draft.getInt("version"),
                                        retitleFirst(draft.getJsonArray("criteria"), "Owns it, no excuses")))
                        .status())
                .isEqualTo(200);
        TestDatabase.updateOne("update library_seed set pack_digest = 'an-older-edition' where slug = ?", slug);
        assertThat(updates()).containsKey(slug);

        Api.Reply kept = api.delete("/api/scenarios/" + slug + "/library-update", "trainer");
        Api.Reply keptAgain = api.delete("/api/scenarios/" + slug + "/library-update", "trainer");

        assertThat(kept.status()).isEqualTo(204);
        assertThat(keptAgain.status()).isEqualTo(409);
        assertThat(updates()).doesNotContainKey(slug);
        assertThat(firstCriterionTitle(slug)).isEqualTo("Owns it, no excuses");
        assertThat(api.delete("/api/scenarios/no-such-scenario/library-update", "trainer")
                        .status())
                .isEqualTo(404);
    }

    /**
     * A trainer takes part of the library's edition: the parts taken must fit with what is kept (a criterion of a
     * step the library's script drops goes with it), and a refusal changes nothing.
     */
    @Test
    void shouldLoadOnlyThePartsOfTheLibrarysEditionATrainerTakes() throws Exception {
        String slug = "free-upgrade";
        JsonObject scenario =
                api.get("/api/scenarios/" + slug, "trainer").json().asJsonObject();
        JsonArray steps = scenario.getJsonArray("steps");
        JsonObject last = steps.getJsonObject(steps.size() - 1);
        Api.Reply lengthened = api.putJson(
                "/api/scenarios/" + slug,
                "trainer",
                ScenarioEdits.of(
                        scenario,
                        scenario.getJsonNumber("version").longValue(),
                        scenario.getString("title"),
                        Json.createArrayBuilder(steps)
                                .set(
                                        steps.size() - 1,
                                        Json.createObjectBuilder(last)
                                                .add("end", false)
                                                .add("defaultNext", "goodbye"))
                                .add(Json.createObjectBuilder()
                                        .add("key", "goodbye")
                                        .add("customerLine", "Thanks so much, see you on Monday!")
                                        .add("end", true)
                                        .add("branches", Json.createArrayBuilder()))
                                .build()));
        assertThat(lengthened.status()).as(lengthened.toString()).isEqualTo(200);
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        JsonArray criteria = draft.getJsonArray("criteria");
        Api.Reply revised = api.putJson(
                "/api/scenarios/" + slug + "/rubric",
                "trainer",
                edit(
                        draft.getInt("version"),
                        Json.createArrayBuilder(retitleFirst(criteria, "Tells her straight"))
                                .add(Json.createObjectBuilder(criteria.getJsonObject(0))
                                        .add("key", "warm-goodbye")
                                        .add("title", "Says goodbye warmly")
                                        .add("steps", Json.createArrayBuilder().add("goodbye")))
                                .build()));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        TestDatabase.updateOne("update library_seed set pack_digest = 'an-older-edition' where slug = ?", slug);
        JsonObject update = updates().get(slug);
        long scenarioVersion = update.getJsonNumber("scenarioVersion").longValue();
        long rubricVersion = update.getJsonNumber("rubricVersion").longValue();
        String url = "/api/scenarios/" + slug + "/library-update";

        Api.Reply scriptAlone =
                api.postJson(url, "trainer", load(scenarioVersion, rubricVersion, "{\"script\": true}"));
        Api.Reply nothing = api.postJson(url, "trainer", load(scenarioVersion, rubricVersion, "{}"));
        Api.Reply unknown = api.postJson(
                url, "trainer", load(scenarioVersion, rubricVersion, "{\"criteria\": [\"no-such-criterion\"]}"));
        JsonObject unchanged = updates().get(slug);
        Api.Reply taken = api.postJson(
                url,
                "trainer",
                load(scenarioVersion, rubricVersion, "{\"script\": true, \"criteria\": [\"warm-goodbye\"]}"));

        assertThat(update.getJsonObject("script").getJsonArray("stepsRemoved").getString(0))
                .isEqualTo("goodbye");
        assertThat(update.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("key") + " " + c.getString("change"))
                .containsExactly(criteria.getJsonObject(0).getString("key") + " CHANGED", "warm-goodbye REMOVED");
        assertThat(scriptAlone.status()).as(scriptAlone.toString()).isEqualTo(400);
        assertThat(scriptAlone.contentType()).startsWith(PROBLEM);
        assertThat(scriptAlone.json().asJsonObject().getString("detail"))
                .contains("do not fit with what you keep", "'warm-goodbye'", "no step 'goodbye'");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().asJsonObject().getString("detail")).contains("Choose at least one part");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(pointers(unknown)).containsExactly("/take/criteria/no-such-criterion");
        assertThat(unchanged)
                .as("a refused load changes nothing and the edition stays on offer")
                .isEqualTo(update);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.json().asJsonObject().getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("key"))
                .doesNotContain("goodbye")
                .hasSize(steps.size());
        assertThat(api.get("/api/scenarios/" + slug + "/rubric", "trainer")
                        .json()
                        .asJsonObject()
                        .getJsonArray("criteria")
                        .getValuesAs(JsonObject.class))
                .as("the criterion change not taken stays as the trainer had it")
                .extracting(c -> c.getString("title"))
                .startsWith("Tells her straight")
                .doesNotContain("Says goodbye warmly");
        assertThat(updates()).as("what was not taken is not offered again").doesNotContainKey(slug);
    }

    private java.util.Map<String, JsonObject> updates() {
        Api.Reply reply = api.get("/api/scenarios/library-updates", "trainer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.getString("slug"), u -> u));
    }

    private int draftVersion(String slug) {
        return api.get("/api/scenarios/" + slug + "/rubric", "trainer")
                .json()
                .asJsonObject()
                .getInt("version");
    }

    private String firstCriterionTitle(String slug) {
        return api.get("/api/scenarios/" + slug + "/rubric", "trainer")
                .json()
                .asJsonObject()
                .getJsonArray("criteria")
                .getJsonObject(0)
                .getString("title");
    }

    private static String load(long scenarioVersion, long rubricVersion) {
        return Json.createObjectBuilder()
                .add("scenarioVersion", scenarioVersion)
                .add("rubricVersion", rubricVersion)
                .build()
                .toString();
    }

    /** A load taking the parts in {@code take}, a JSON object. */
    private static String load(long scenarioVersion, long rubricVersion, String take) {
        return Json.createObjectBuilder()
                .add("scenarioVersion", scenarioVersion)
                .add("rubricVersion", rubricVersion)
                .add("take", Json.createReader(new java.io.StringReader(take)).readObject())
                .build()
                .toString();
    }

    @Test
    void shouldLetATrainerRewriteAScenarioButNotOnAStaleVersionNorWithABrokenFlow() {
        JsonObject scenario = api.get("/api/scenarios/fetch-from-another-branch", "trainer")
                .json()
                .asJsonObject();
        long version = scenario.getJsonNumber("version").longValue();
        JsonObject firstStep = scenario.getJsonArray("steps").getJsonObject(0);

        Api.Reply saved = api.putJson(
                "/api/scenarios/fetch-from-another-branch",
                "trainer",
                scenarioEdit(scenario, version, "The present that isn't on the shelf", firstStep));
        Api.Reply stale = api.putJson(
                "/api/scenarios/fetch-from-another-branch",
                "trainer",
                scenarioEdit(scenario, version, "Someone else's title", firstStep));
        JsonObject brokenFirst = Json.createObjectBuilder(firstStep)
                .add("defaultNext", "nowhere")
                .build();
        Api.Reply broken = api.putJson(
                "/api/scenarios/fetch-from-another-branch",
                "trainer",
                scenarioEdit(scenario, version + 1, "Broken", brokenFirst));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().asJsonObject().getString("title")).isEqualTo("The present that isn't on the shelf");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(pointers(broken)).containsExactly("/steps/0/defaultNext");
        assertThat(api.get("/api/scenarios/fetch-from-another-branch", "trainee")
                        .json()
                        .asJsonObject()
                        .getString("title"))
                .isEqualTo("The present that isn't on the shelf");
    }

    /**
     * Publishing a draft in which nothing changed adds no twin of the latest version: it stays the one trainees are
     * scored by (200, not 201), and an archived scenario opens again; a labelled answer is a change.
     */
    @Test
    void shouldAddNoVersionWhenNothingChangedYetOpenAnArchivedScenario() {
        String slug = ScenarioCopies.publishedCopy(api, "genuine-welcome", "unchanged");
        String publish = "/api/scenarios/" + slug + "/rubric/publish";

        int draftBefore = draftVersion(slug);
        Api.Reply again = api.postJson(publish, "trainer", "");
        int draftAfter = draftVersion(slug);
        api.postJson("/api/scenarios/" + slug + "/archive", "trainer", "");
        Api.Reply reopened = api.postJson(publish, "trainer", "");
        boolean listed = slugs(api.get("/api/scenarios", "trainee")).contains(slug);
        Api.Reply labelled = api.postJson(
                "/api/scenarios/" + slug + "/preview/labels",
                "trainer",
                "{\"step\": \"her-usual\", \"text\": \"Hiya. What do you want?\","
                        + " \"levels\": {\"real-greeting\": \"not shown\"}}");
        Api.Reply taught = api.postJson(publish, "trainer", "");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getInt("number")).isEqualTo(1);
        assertThat(draftAfter)
                .as("nothing published: an edit made meanwhile does not conflict")
                .isEqualTo(draftBefore);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(listed).as("an archived scenario published again is open").isTrue();
        assertThat(labelled.status()).as(labelled.toString()).isEqualTo(201);
        assertThat(taught.status()).isEqualTo(201);
        assertThat(taught.json().asJsonObject().getInt("number")).isEqualTo(2);
        assertThat(api.get("/api/scenarios/" + slug + "/rubric/versions", "trainer")
                        .json()
                        .asJsonArray())
                .hasSize(2);
    }

    @Test
    void shouldTakeAnArchivedScenarioOutOfTheTraineesCatalogue() {
        Api.Reply archived = api.postJson("/api/scenarios/diet-coke-archive/archive", "trainer", "");
        api.postJson(
                "/api/scenarios/import?slug=diet-coke-archive",
                "trainer",
                api.get("/api/scenarios/buy-the-missing-drink/pack", "trainer").body());
        api.postJson("/api/scenarios/diet-coke-archive/rubric/publish", "trainer", "");
        boolean listedWhilePublished =
                slugs(api.get("/api/scenarios", "trainee")).contains("diet-coke-archive");

        Api.Reply archive = api.postJson("/api/scenarios/diet-coke-archive/archive", "trainer", "");

        assertThat(archived.status()).isEqualTo(404);
        assertThat(listedWhilePublished).isTrue();
        assertThat(archive.json().asJsonObject().getString("status")).isEqualTo("ARCHIVED");
        assertThat(slugs(api.get("/api/scenarios", "trainee"))).doesNotContain("diet-coke-archive");
        assertThat(api.get("/api/scenarios/diet-coke-archive", "trainee").status())
                .isEqualTo(404);
        assertThat(slugs(api.get("/api/scenarios", "trainer"))).contains("diet-coke-archive");
    }

    @Test
    void shouldImportAnExportedPackUnderANewSlugAsTheSameScenario() {
        JsonObject exported = api.get("/api/scenarios/buy-the-missing-drink/pack", "trainer")
                .json()
                .asJsonObject();

        Api.Reply imported = api.postJson("/api/scenarios/import?slug=diet-coke-copy", "trainer", exported.toString());

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().asJsonObject().getString("status")).isEqualTo("DRAFT");
        JsonObject again =
                api.get("/api/scenarios/diet-coke-copy/pack", "trainer").json().asJsonObject();
        JsonObject renamedBack = Json.createObjectBuilder(again)
                .add(
                        "scenario",
                        Json.createObjectBuilder(again.getJsonObject("scenario"))
                                .add("slug", "buy-the-missing-drink"))
                .build();
        assertThat(renamedBack).isEqualTo(exported);
    }

    /**
     * A copy is the same scenario under its own slug and title, a draft to adapt: its pack is the original's but for
     * those two; a taken slug, a slug that breaks the rules and an unknown original store nothing.
     */
    @Test
    void shouldCopyAScenarioAsANewDraftUnderItsOwnSlugAndTitle() throws Exception {
        JsonObject original =
                api.get("/api/scenarios/free-upgrade/pack", "trainer").json().asJsonObject();
        long before = countScenarios();

        Api.Reply taken =
                api.postJson("/api/scenarios/free-upgrade/copy", "trainer", "{\"slug\": \"genuine-welcome\"}");
        Api.Reply badSlug = api.postJson(
                "/api/scenarios/free-upgrade/copy", "trainer", "{\"slug\": \"Jar Pharmacy\", \"title\": \"\"}");
        Api.Reply unknown = api.postJson("/api/scenarios/no-such-scenario/copy", "trainer", "{\"slug\": \"x-copy\"}");
        Api.Reply empty = api.postJson("/api/scenarios/free-upgrade/copy", "trainer", "");
        long afterRefusals = countScenarios();
        Api.Reply copied = api.postJson("/api/scenarios/free-upgrade/copy", "trainer", "{\"slug\": \"jar-pharmacy\"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith(PROBLEM);
        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(pointers(badSlug)).containsExactly("/slug");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().asJsonObject().getString("detail")).startsWith("The request body is empty");
        assertThat(afterRefusals).isEqualTo(before);
        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        assertThat(copied.location()).endsWith("/api/scenarios/jar-pharmacy");
        assertThat(copied.json().asJsonObject().getString("status")).isEqualTo("DRAFT");
        JsonObject copy =
                api.get("/api/scenarios/jar-pharmacy/pack", "trainer").json().asJsonObject();
        assertThat(copy.getJsonObject("scenario").getString("title"))
                .isEqualTo(original.getJsonObject("scenario").getString("title") + " (copy)");
        assertThat(copy.getJsonArray("labelledExamples")).hasSizeGreaterThanOrEqualTo(100);
        JsonObject renamedBack = Json.createObjectBuilder(copy)
                .add(
                        "scenario",
                        Json.createObjectBuilder(copy.getJsonObject("scenario"))
                                .add("slug", "free-upgrade")
                                .add("title", original.getJsonObject("scenario").getString("title")))
                .build();
        assertThat(renamedBack).isEqualTo(original);
    }

    @Test
    void shouldRefuseAnInvalidPackWithPointersAndStoreNothing() throws Exception {
        JsonObject pack =
                api.get("/api/scenarios/free-upgrade/pack", "trainer").json().asJsonObject();
        JsonObject scenario = pack.getJsonObject("scenario");
        JsonObject firstStep = Json.createObjectBuilder(
                        scenario.getJsonArray("steps").getJsonObject(0))
                .add("defaultNext", "nowhere")
                .build();
        JsonObject broken = Json.createObjectBuilder(pack)
                .add(
                        "scenario",
                        Json.createObjectBuilder(scenario)
                                .add("slug", "broken-copy")
                                .add(
                                        "steps",
                                        Json.createArrayBuilder(scenario.getJsonArray("steps"))
                                                .set(0, firstStep)))
                .build();
        JsonObject schemaBroken = Json.createObjectBuilder(pack)
                .add(
                        "scenario",
                        Json.createObjectBuilder(scenario)
                                .add("slug", "schema-copy")
                                .add("colour", "red"))
                .build();
        long before = countScenarios();

        Api.Reply modelReply = api.postJson("/api/scenarios/import", "trainer", broken.toString());
        Api.Reply schemaReply = api.postJson("/api/scenarios/import", "trainer", schemaBroken.toString());
        Api.Reply notJson = api.postJson("/api/scenarios/import", "trainer", "{\"packVersion\": 1, ");

        assertThat(modelReply.status()).isEqualTo(400);
        assertThat(pointers(modelReply)).containsExactly("/scenario/steps/0/defaultNext");
        assertThat(schemaReply.status()).isEqualTo(400);
        assertThat(pointers(schemaReply)).contains("/scenario/colour");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith(PROBLEM);
        assertThat(countScenarios()).isEqualTo(before);
    }

    @Test
    void shouldPublishTheJsonSchemaOfPacksToAnyone() {
        Api.Reply schema = api.get("/api/schemas/scenario-pack.json", null);

        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json().asJsonObject().getString("$id")).endsWith("/schemas/scenario-pack.json");
    }

    @Test
    void shouldSayWhereAPreviewedAnswerWouldLeadTheRolePlay() {
        String offer = "I'm so sorry, we've been out all week. Take the big jar instead, at no extra cost.";
        String byTheBook = "Sorry, we're out. I can order it in for you and you can pick it up later this week.";

        JsonObject branched = api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview(null, offer))
                .json()
                .asJsonObject();
        JsonObject fallen = api.postJson(
                        "/api/scenarios/free-upgrade/preview", "trainer", preview("empty-shelf", byTheBook))
                .json()
                .asJsonObject();
        JsonObject last = api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview("stunned", offer))
                .json()
                .asJsonObject();

        assertThat(branched.getJsonObject("next").getString("key")).isEqualTo("stunned");
        assertThat(branched.getJsonObject("next").getString("customerLine")).startsWith("Wait — what?");
        assertThat(branched.getJsonObject("branch").getJsonArray("whenMet").getString(0))
                .isEqualTo("bigger-jar-no-extra-cost");
        assertThat(fallen.getJsonObject("next").getString("key"))
                .as("the default way on")
                .isEqualTo("not-again");
        assertThat(fallen.isNull("branch")).isTrue();
        assertThat(last.isNull("next"))
                .as("the role-play ends at the last step")
                .isTrue();
        assertThat(last.getString("step")).as("still the score card").isEqualTo("stunned");
    }

    @Test
    void shouldPreviewAnAnswerAgainstTheDraftWithEvidenceAndStoreNothing() throws Exception {
        String good = "I'm so sorry, we've been out of the small jar all week. Please take the big one instead,"
                + " at no extra cost - it's on us today.";
        String byTheBook = "Sorry, we're out. I can order it in for you and you can pick it up later this week.";
        long attemptsBefore = countScenarios();

        Api.Reply praised = api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview(null, good));
        Api.Reply missed =
                api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview("empty-shelf", byTheBook));

        assertThat(praised.status()).isEqualTo(200);
        JsonObject card = praised.json().asJsonObject();
        assertThat(card.getBoolean("passed")).isTrue();
        assertThat(card.getInt("points")).isPositive();
        JsonObject free = card.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals("bigger-jar-no-extra-cost"))
                .findFirst()
                .orElseThrow();
        assertThat(free.getBoolean("met")).isTrue();
        JsonObject evidence = free.getJsonArray("evidence").getJsonObject(0);
        assertThat(good.substring(evidence.getInt("start"), evidence.getInt("end")))
                .isEqualTo(evidence.getString("quote"));
        assertThat(missed.json().asJsonObject().getBoolean("passed")).isFalse();
        assertThat(countScenarios()).isEqualTo(attemptsBefore);
    }

    @Test
    void shouldGiveTheLevelWhoseOwnWordsAnAnswerSays() {
        String bareSorry = "Oh no, sorry about that.";

        Api.Reply reply =
                api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview("empty-shelf", bareSorry));

        assertThat(reply.status()).isEqualTo(200);
        JsonObject letdown = reply.json().asJsonObject().getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals("share-the-letdown"))
                .findFirst()
                .orElseThrow();
        assertThat(letdown.getString("level")).isEqualTo("partly");
        assertThat(letdown.getJsonArray("evidence").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("phrase")).isEqualTo("sorry");
                    assertThat(e.getString("matched")).isEqualTo("indicator 'sorry' of level 'partly'");
                });
    }

    @Test
    void shouldListWhereARubricContradictsItsOwnExamples() {
        Api.Reply reply = api.get("/api/scenarios/buy-the-missing-drink/preview/self-check", "trainer");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().asJsonArray().getValuesAs(JsonObject.class)).anySatisfy(finding -> {
            assertThat(finding.getString("criterion")).isEqualTo("kind-no");
            assertThat(finding.getString("kind")).isEqualTo("COUNTER_EXAMPLE_MET");
            assertThat(finding.getString("text")).isEqualTo("Sorry afraid unfortunately apologize.");
            assertThat(finding.getString("level")).isIn("partly", "fully");
        });
    }

    @Test
    void shouldPreviewAnAnswerInAnotherLanguageAsUnscoredForATrainer() {
        Api.Reply reply = api.postJson(
                "/api/scenarios/free-upgrade/preview",
                "trainer",
                preview(
                        null,
                        "Lo siento mucho, ya no tenemos ese aceite de coco. Llévese el frasco grande por el mismo"
                                + " precio, invita la casa."));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject card = reply.json().asJsonObject();
        assertThat(card.getString("foreignLanguage")).isEqualTo("es");
        assertThat(card.getBoolean("needsReview")).isTrue();
        assertThat(card.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getString("reason"))
                        .isEqualTo("not judged: the answer is written in Spanish and the scorer reads English only"));
    }

    @Test
    void shouldRefuseAPreviewTooLongOrForAnUnknownStep() {
        Api.Reply tooLong =
                api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview(null, "a".repeat(6000)));
        Api.Reply unknownStep =
                api.postJson("/api/scenarios/free-upgrade/preview", "trainer", preview("no-such-step", "Hi"));
        Api.Reply trainee = api.postJson("/api/scenarios/free-upgrade/preview", "trainee", preview(null, "Hi"));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(pointers(tooLong)).containsExactly("/text");
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(pointers(unknownStep)).containsExactly("/step");
        assertThat(unknownStep.json().asJsonObject().getString("detail"))
                .as("names the steps there are")
                .isEqualTo("The scenario has no step 'no-such-step'; "
                        + "its steps are 'empty-shelf', 'not-again' and 'stunned'.");
        assertThat(trainee.status()).isEqualTo(403);
    }

    private static String preview(String step, String text) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("text", text);
        if (step != null) {
            body.add("step", step);
        }
        return body.build().toString();
    }

    private static String scenarioEdit(JsonObject scenario, long version, String title, JsonObject firstStep) {
        return ScenarioEdits.of(
                scenario,
                version,
                title,
                Json.createArrayBuilder(scenario.getJsonArray("steps"))
                        .set(0, firstStep)
                        .build());
    }

    private static java.util.List<String> slugs(Api.Reply reply) {
        return reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("slug"))
                .toList();
    }

    private static String edit(int version, JsonArray criteria) {
        return Json.createObjectBuilder()
                .add("version", version)
                .add("criteria", criteria)
                .build()
                .toString();
    }

    private static JsonArray retitleFirst(JsonArray criteria, String title) {
        JsonObjectBuilder first =
                Json.createObjectBuilder(criteria.getJsonObject(0)).add("title", title);
        return Json.createArrayBuilder(criteria).set(0, first).build();
    }

    private static java.util.List<String> pointers(Api.Reply reply) {
        return reply.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("pointer"))
                .toList();
    }

    private static long countScenarios() throws Exception {
        return TestDatabase.number("select count(*) from scenario");
    }
}
