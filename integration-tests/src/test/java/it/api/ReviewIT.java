package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.Rescores;
import it.support.RubricDrafts;
import it.support.ScoreCards;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Trainers settle the scores the scorer was unsure about, and rescore on purpose; both are audited. */
class ReviewIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";
    // The scorer is unsure whether this deflects: it goes to the review queue.
    private static final String DOUBTFUL = "I'll have a word with the barista.";

    /** A rescore saves one attempt at a time here, so that a test sees it save part of its work. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile(Map.of("extramile.rescore.chunk-attempts", "1"));
    }

    @Test
    void shouldFoldATrainersOverrideIntoTheResultAndTheAudit() throws Exception {
        String slug = "mixed-up-order";
        String trainee = Trainees.create("reviewed");
        JsonObject attempt = plays.start(trainee, slug);
        String id = attempt.getString("id");
        JsonObject doubtful =
                plays.answer(trainee, id, "wrong-drink", DOUBTFUL).json().asJsonObject();
        String turn = doubtful.getJsonObject("turn").getString("id");
        JsonObject finished = plays.playToTheEnd(
                trainee,
                api.get("/api/attempts/" + id, trainee).json().asJsonObject(),
                step -> plays.goodAnswer(slug, step));
        int pointsBefore = finished.getJsonObject("result").getInt("points");
        int turnPointsBefore =
                doubtful.getJsonObject("turn").getJsonObject("card").getInt("points");

        assertThat(doubtful.getJsonObject("turn").getBoolean("underReview")).isTrue();
        assertThat(finished.getBoolean("underReview")).isTrue();
        JsonObject scored = doubtful.getJsonObject("turn").getJsonObject("card");
        String doubted = ScoreCards.verdicts(scored)
                .filter(c -> c.getBoolean("needsReview"))
                .findFirst()
                .orElseThrow()
                .getString("key");
        assertThat(turnsIn(api.get("/api/review?scenario=" + slug + "&criterion=" + doubted, "trainer")))
                .contains(turn);
        assertThat(turnsIn(api.get("/api/review?criterion=remake-now-never-doubted", "trainer")))
                .doesNotContain(turn);
        assertThat(api.get("/api/review", trainee).status()).isEqualTo(403);

        Api.Reply overridden = api.postJson(
                "/api/review/" + turn,
                "trainer",
                Json.createObjectBuilder()
                        .add(
                                "levels",
                                Json.createObjectBuilder()
                                        .add("deflects-or-blames", "absent")
                                        .add("own-the-mistake", "partly"))
                        .add("reason", "Talking to the barista is owning it, not blaming.")
                        .build()
                        .toString());

        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        JsonObject after = api.get("/api/attempts/" + id, trainee).json().asJsonObject();
        JsonObject firstTurn = after.getJsonArray("turns").getJsonObject(0);
        int turnPointsAfter = firstTurn.getJsonObject("card").getInt("points");
        assertThat(turnPointsAfter).isGreaterThan(turnPointsBefore);
        assertThat(after.getJsonObject("result").getInt("points"))
                .isEqualTo(pointsBefore - turnPointsBefore + turnPointsAfter);
        assertThat(after.getBoolean("underReview")).isFalse();
        assertThat(firstTurn.getBoolean("underReview")).isFalse();
        assertThat(firstTurn.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(card -> card.getString("source"))
                .containsExactly("SCORER", "OVERRIDE");
        assertThat(turnsIn(api.get("/api/review?size=200", "trainer"))).doesNotContain(turn);
        List<JsonObject> audit = api.get("/api/review/audit?attempt=" + id, "trainer")
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(audit).hasSize(2).allSatisfy(row -> {
            assertThat(row.getString("by")).isEqualTo("trainer");
            assertThat(row.getString("reason")).contains("owning it");
            assertThat(row.getString("at")).isNotBlank();
        });
        assertThat(audit)
                .filteredOn(row -> row.getString("criterion").equals("deflects-or-blames"))
                .singleElement()
                .satisfies(row -> assertThat(row.getString("levelBefore"))
                        .isEqualTo(levelOf(doubtful.getJsonObject("turn").getJsonObject("card"), "deflects-or-blames")))
                .satisfies(row -> assertThat(row.getString("levelAfter")).isEqualTo("absent"));
        assertThat(TestDatabase.number("select count(*) from scoring_label where answer = ?", DOUBTFUL))
                .isEqualTo(2);

        // A rescore with a new version keeps what the trainer decided about this answer.
        int version = publish(slug);
        Api.Reply rescore = Rescores.start(api, slug, version, "The new version, on every attempt.");
        assertThat(Rescores.ended(api, rescore.location()).getString("status")).isEqualTo("DONE");
        JsonObject rescored = api.get("/api/attempts/" + id, trainee)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getJsonObject(0);
        assertThat(levelOf(rescored.getJsonObject("card"), "deflects-or-blames"))
                .isEqualTo("absent");
        assertThat(levelOf(rescored.getJsonObject("card"), "own-the-mistake")).isEqualTo("partly");
        assertThat(rescored.getBoolean("underReview")).isFalse();
        assertThat(rescored.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(card -> card.getString("source") + "@" + card.getInt("rubricVersion"))
                .containsExactly("SCORER@" + (version - 1), "OVERRIDE@" + (version - 1), "RESCORE@" + version);
    }

    @Test
    void shouldConfirmTheScorersLevelsWithoutAReason() {
        String trainee = Trainees.create("confirmed");
        String id = plays.start(trainee, "mixed-up-order").getString("id");
        // Doubtful too, and an answer no other test here settles (the scorer learns from each one settled).
        JsonObject turn = plays.answer(trainee, id, "wrong-drink", "Let me sort it out with the manager.")
                .json()
                .asJsonObject()
                .getJsonObject("turn");
        assertThat(turn.getBoolean("underReview")).isTrue();
        JsonObject card = turn.getJsonObject("card");

        Api.Reply confirmed =
                api.postJson("/api/review/" + turn.getString("id"), "trainer", ScoreCards.confirming(card));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(turnsIn(api.get("/api/review?size=200", "trainer"))).doesNotContain(turn.getString("id"));
        JsonObject settled =
                confirmed.json().asJsonObject().getJsonArray("turns").getJsonObject(0);
        assertThat(settled.getJsonObject("card").getInt("points")).isEqualTo(card.getInt("points"));
        assertThat(api.get("/api/review/audit?attempt=" + id, "trainer")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.getString("reason")).isEqualTo("confirmed as the scorer set them");
                    assertThat(row.getString("levelAfter")).isEqualTo(row.getString("levelBefore"));
                });
    }

    @Test
    void shouldPageTheQueueOldestFirst() {
        List<String> turns = new ArrayList<>();
        for (String name : List.of("paged-a", "paged-b", "paged-c")) {
            String trainee = Trainees.create(name);
            String id = plays.start(trainee, "mixed-up-order").getString("id");
            // Doubtful, and settled by no test here (the scorer learns from each one settled).
            JsonObject turn = plays.answer(
                            trainee, id, "wrong-drink", "Oh dear, sorry! I'll have a word with the barista.")
                    .json()
                    .asJsonObject()
                    .getJsonObject("turn");
            assertThat(turn.getBoolean("underReview")).isTrue();
            turns.add(turn.getString("id"));
        }

        JsonObject first = api.get("/api/review?scenario=mixed-up-order&size=2", "trainer")
                .json()
                .asJsonObject();
        long total = first.getJsonNumber("total").longValue();
        List<String> all = new ArrayList<>(turnsOf(first));
        for (int page = 1; page * 2L < total; page++) {
            all.addAll(turnsIn(api.get("/api/review?scenario=mixed-up-order&size=2&page=" + page, "trainer")));
        }

        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(all)
                .as("every waiting turn once, oldest first")
                .hasSize((int) total)
                .doesNotHaveDuplicates();
        assertThat(all.stream().filter(turns::contains)).containsExactlyElementsOf(turns);
        Api.Reply zero = api.get("/api/review?size=0", "trainer");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.contentType()).startsWith(PROBLEM);
        assertThat(zero.body()).contains("/size");
        assertThat(api.get("/api/review?page=-1", "trainer").status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAnOverrideWithoutAReasonOrWithALevelTheCriterionLacks() {
        String trainee = Trainees.create("unreasoned");
        String id = plays.start(trainee, "mixed-up-order").getString("id");
        String turn = plays.answer(trainee, id, "wrong-drink", DOUBTFUL)
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");

        Api.Reply noReason =
                api.postJson("/api/review/" + turn, "trainer", "{\"levels\": {\"deflects-or-blames\": \"present\"}}");
        Api.Reply noSuchLevel = api.postJson(
                "/api/review/" + turn,
                "trainer",
                "{\"levels\": {\"own-the-mistake\": \"brilliantly\"}, \"reason\": \"Because.\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith(PROBLEM);
        assertThat(noReason.body()).contains("/reason").contains("levels that confirm the scorer's need no reason");
        assertThat(noSuchLevel.status()).isEqualTo(400);
        assertThat(noSuchLevel.body()).contains("/levels/own-the-mistake").contains("not shown");
        assertThat(turnsIn(api.get("/api/review?size=200", "trainer"))).contains(turn);
    }

    @Test
    void shouldRescoreCompletedAttemptsWithANewerVersionKeepingEveryEarlierCard() throws Exception {
        String slug = "genuine-welcome";
        String trainee = Trainees.create("rescored");
        JsonObject attempt = completed(trainee, slug);
        publish(slug);
        // As if version 1 had not passed it: version 2 does, and the rescore counts it.
        TestDatabase.updateOne("update attempt set passed = false where id = ?::uuid", attempt.getString("id"));

        Api.Reply refused = api.postJson("/api/scenarios/" + slug + "/rescore", trainee, "{\"version\": 2}");
        Api.Reply unexplained = api.postJson("/api/scenarios/" + slug + "/rescore", "trainer", "{\"version\": 2}");
        Api.Reply noSuchVersion = Rescores.start(api, slug, 9, "Version 9 does not exist.");
        Api.Reply started = Rescores.start(api, slug, 2, "Version 2 accepts a warmer greeting.");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.body()).contains("/reason");
        assertThat(noSuchVersion.status()).isEqualTo(404);
        assertThat(noSuchVersion.body()).contains("no published rubric version 9");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).contains("/api/scenarios/" + slug + "/rescore/");
        JsonObject rescore = Rescores.ended(api, started.location());
        assertThat(rescore.getString("status")).isEqualTo("DONE");
        assertThat(rescore.getInt("attempts")).isEqualTo(1);
        assertThat(rescore.getJsonObject("progress").getInt("percent")).isEqualTo(100);
        assertThat(rescore.getInt("nowPassing")).isEqualTo(1);
        assertThat(rescore.getInt("nowFailing")).isZero();
        JsonObject after = api.get("/api/attempts/" + attempt.getString("id"), trainee)
                .json()
                .asJsonObject();
        assertThat(after.getInt("rubricVersion")).isEqualTo(2);
        assertThat(after.getJsonObject("result")).isNotNull();
        assertThat(after.getJsonArray("turns").getValuesAs(JsonObject.class))
                .allSatisfy(turn -> assertThat(turn.getJsonArray("history").getValuesAs(JsonObject.class))
                        .extracting(card -> card.getString("source") + "@" + card.getInt("rubricVersion"))
                        .containsExactly("SCORER@1", "RESCORE@2"));
        assertThat(api.get("/api/scenarios/" + slug + "/rescore", "trainer")
                        .json()
                        .asJsonArray())
                .singleElement()
                .satisfies(row -> assertThat(row.asJsonObject().getString("by")).isEqualTo("trainer"));
    }

    /**
     * A test connection holds a turn of the second attempt, as a trainer's review would for a moment: the rescore
     * saves the first attempt (one at a time here), scores every answer, and waits to save the second, visibly, while
     * a second rescore is refused.
     */
    @Test
    void shouldShowARescoreGoingOnSaveWhatItHasAndRefuseASecondOneMeanwhile() throws Exception {
        String slug = "fetch-from-another-branch";
        String first = Trainees.create("rescore-first");
        String second = Trainees.create("rescore-second");
        JsonObject firstAttempt = completed(first, slug);
        JsonObject secondAttempt = completed(second, slug);
        int version = publish(slug);
        String location;
        try (Connection holder = TestDatabase.holdingTheFirstTurnOf(secondAttempt.getString("id"))) {
            Api.Reply started = Rescores.start(api, slug, version, "Version " + version + " reads fetching better.");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            location = started.location();

            JsonObject saving = awaitSaving(location);
            Api.Reply again = Rescores.start(api, slug, version, "Twice, by mistake.");

            assertThat(saving.getString("status")).isEqualTo("RUNNING");
            assertThat(saving.getInt("turns")).isPositive();
            assertThat(saving.getJsonObject("progress").getInt("done")).isEqualTo(saving.getInt("turns"));
            assertThat(rubricVersionOf(first, firstAttempt)).as("saved already").isEqualTo(version);
            assertThat(rubricVersionOf(second, secondAttempt))
                    .as("waiting to be saved")
                    .isEqualTo(version - 1);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith(PROBLEM);
            assertThat(again.body()).contains("is running now", "started by trainer");
        }

        JsonObject done = Rescores.ended(api, location);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getString("at")).isNotBlank();
        assertThat(rubricVersionOf(second, secondAttempt)).isEqualTo(version);
    }

    /**
     * A trainer's review commits a change to the attempt while the rescore is saving it (a test connection holds the
     * turn the rescore writes, then raises the attempt's version as an override does): the rescore writes the chunk
     * again and ends done, not failed.
     */
    @Test
    void shouldSaveAChunkAgainWhenAReviewChangedItsAttemptInTheSameMoment() throws Exception {
        String slug = "buy-the-missing-drink";
        String trainee = Trainees.create("rescore-reviewed");
        JsonObject attempt = completed(trainee, slug);
        int version = publish(slug);
        String location;
        try (Connection holder = TestDatabase.holdingTheFirstTurnOf(attempt.getString("id"))) {
            location = Rescores.start(api, slug, version, "Version " + version + ", while a review goes on.")
                    .location();
            awaitBlockedWriting();
            try (PreparedStatement review =
                    holder.prepareStatement("update attempt set version = version + 1 where id = ?::uuid")) {
                review.setString(1, attempt.getString("id"));
                assertThat(review.executeUpdate()).isEqualTo(1);
            }
            holder.commit();
        }

        JsonObject done = Rescores.ended(api, location);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        assertThat(rubricVersionOf(trainee, attempt)).isEqualTo(version);
    }

    /**
     * Until the rescore's transaction waits for the turn the test holds (writing its card checks the turn is there),
     * having read the attempt before the review.
     */
    private static void awaitBlockedWriting() throws InterruptedException, SQLException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (TestDatabase.number("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database()")
                == 0) {
            assertThat(Instant.now()).as("the rescore writes the turn").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** An attempt of the trainee's played to its end, every step answered well. */
    private JsonObject completed(String trainee, String slug) {
        JsonObject attempt = plays.start(trainee, slug);
        plays.playToTheEnd(trainee, attempt, step -> plays.goodAnswer(slug, step));
        return attempt;
    }

    /** The scenario's next rubric version; its number. */
    private int publish(String slug) {
        return RubricDrafts.publishNext(api, slug);
    }

    private int rubricVersionOf(String trainee, JsonObject attempt) {
        return api.get("/api/attempts/" + attempt.getString("id"), trainee)
                .json()
                .asJsonObject()
                .getInt("rubricVersion");
    }

    /** A node that stopped in the middle of a rescore left its record running: nobody holds its lock. */
    @Test
    void shouldTellARescoreWhoseNodeStoppedFromOneRunning() throws Exception {
        String slug = "buy-the-missing-drink";
        TestDatabase.updateOne(
                "insert into rescore (id, scenario_id, rubric_version_id, attempts, turns, reason, rescored_by,"
                        + " started_at, status, scored)"
                        // Far above the ids Hibernate takes from the sequence, in blocks of 50.
                        + " select (select coalesce(max(id), 0) + 100000 from rescore), s.id, v.id, 3, 9, 'Left by a node that stopped.', 'trainer',"
                        + " now(), 'RUNNING', 4 from scenario s join rubric_version v on v.scenario_id = s.id"
                        + " where s.slug = ? and v.number = 1",
                slug);

        JsonObject left = api.get("/api/scenarios/" + slug + "/rescore", "trainer")
                .json()
                .asJsonArray()
                .getJsonObject(0);
        Api.Reply started = Rescores.start(api, slug, 1, "Score again what the stopped node did not.");

        assertThat(left.getString("status")).isEqualTo("INTERRUPTED");
        assertThat(left.getJsonObject("progress").getInt("done")).isEqualTo(4);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(Rescores.ended(api, started.location()).getString("status")).isEqualTo("DONE");
        assertThat(TestDatabase.text(
                        "select string_agg(r.status, ',' order by r.started_at) from rescore r"
                                + " join scenario s on s.id = r.scenario_id where s.slug = ?",
                        slug))
                .isEqualTo("INTERRUPTED,DONE");
    }

    /** The rescore at this address once every answer is scored and it waits to save. */
    private JsonObject awaitSaving(String location) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            JsonObject rescore = Rescores.followed(api, location);
            JsonObject progress = rescore.getJsonObject("progress");
            if (progress.getInt("done") == progress.getInt("total")) {
                return rescore;
            }
            assertThat(Instant.now()).as("every answer is scored: " + rescore).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** The turns of a page of the queue. */
    private static List<String> turnsIn(Api.Reply queue) {
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        return turnsOf(queue.json().asJsonObject());
    }

    private static List<String> turnsOf(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("turn"))
                .toList();
    }

    /** The level a score card gives a criterion or a penalty. */
    private static String levelOf(JsonObject card, String criterion) {
        return ScoreCards.verdicts(card)
                .filter(c -> c.getString("key").equals(criterion))
                .findFirst()
                .orElseThrow()
                .getString("level");
    }
}
