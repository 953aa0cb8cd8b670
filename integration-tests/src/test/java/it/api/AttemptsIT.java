package it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.support.Api;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Trainees play the seeded scenarios turn by turn; every turn is scored at once and stored exactly once. */
class AttemptsIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> LIBRARY = List.of(
            "free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink", "mixed-up-order", "genuine-welcome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldPassEverySeededScenarioWithGoodAnswersAndFailItWithDeflectingOnes() {
        String trainee = Trainees.create("library");
        SoftAssertions softly = new SoftAssertions();

        for (String slug : LIBRARY) {
            JsonObject good =
                    plays.playToTheEnd(trainee, plays.start(trainee, slug), step -> plays.goodAnswer(slug, step));
            JsonObject deflecting =
                    plays.playToTheEnd(trainee, plays.start(trainee, slug), step -> plays.deflection(slug));

            softly.assertThat(good.getString("status")).as(slug).isEqualTo("COMPLETED");
            softly.assertThat(good.getJsonObject("result").getBoolean("passed"))
                    .as(slug + " with good answers: " + good.getJsonObject("result"))
                    .isTrue();
            softly.assertThat(deflecting.getJsonObject("result").getBoolean("passed"))
                    .as(slug + " with deflecting answers")
                    .isFalse();
            // Where the calibrated scorer is unsure of the critical criterion (mixed-up-order's deflection, "we
            // can't remake it", leans towards an answer that owned the mistake), a trainer is asked instead.
            softly.assertThat(!deflecting
                                    .getJsonObject("result")
                                    .getJsonArray("failedCritical")
                                    .isEmpty()
                            || deflecting.getBoolean("underReview"))
                    .as(slug + " fails on its critical criterion or goes to a trainer: " + deflecting)
                    .isTrue();
        }
        softly.assertAll();
    }

    @Test
    void shouldLeadToTheNextStepByWhatTheAnswerMet() {
        String slug = "fetch-from-another-branch";
        String offers = Trainees.create("offers");
        String deflects = Trainees.create("deflects");
        JsonObject first = plays.start(offers, slug);
        JsonObject second = plays.start(deflects, slug);

        JsonObject offered = plays.answer(
                        offers, first.getString("id"), "not-on-shelf", plays.goodAnswer(slug, "not-on-shelf"))
                .json()
                .asJsonObject();
        JsonObject deflected = plays.answer(deflects, second.getString("id"), "not-on-shelf", plays.deflection(slug))
                .json()
                .asJsonObject();

        assertThat(offered.getJsonObject("next").getString("key")).isEqualTo("they-have-it");
        assertThat(deflected.getJsonObject("next").getString("key")).isEqualTo("about-to-leave");
        assertThat(deflected.getJsonObject("next").getString("customerLine")).isNotBlank();
    }

    /** "They've got it!" answers a call made, not one left to her: the library's branch asks the offer in full. */
    @Test
    void shouldTakeTheDefaultWayForAnOfferMetOnlyInPart() {
        String trainee = Trainees.create("in-part");
        String id = plays.start(trainee, "fetch-from-another-branch").getString("id");

        JsonObject outcome = plays.answer(
                        trainee,
                        id,
                        "not-on-shelf",
                        "All gone, sorry. You could try giving our Market Street shop a ring.")
                .json()
                .asJsonObject();

        JsonObject offer = outcome.getJsonObject("turn")
                .getJsonObject("card")
                .getJsonArray("criteria")
                .getJsonObject(0);
        assertThat(offer.getString("key")).isEqualTo("offer-to-phone-branch");
        assertThat(offer.getBoolean("met")).isTrue();
        assertThat(offer.getString("level")).isEqualTo("partly");
        assertThat(outcome.getJsonObject("next").getString("key")).isEqualTo("about-to-leave");
    }

    @Test
    void shouldStartOnThePinnedVersionAndShowTheFirstStep() {
        String trainee = Trainees.create("starter");

        Api.Reply started = api.postJson("/api/attempts", trainee, "{\"scenario\": \"genuine-welcome\"}");
        Api.Reply again = api.postJson("/api/attempts", trainee, "{\"scenario\": \"genuine-welcome\"}");

        assertThat(started.status()).isEqualTo(201);
        JsonObject attempt = started.json().asJsonObject();
        assertThat(attempt.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(attempt.getInt("rubricVersion")).isEqualTo(1);
        assertThat(attempt.getJsonObject("currentStep").getString("key")).isEqualTo("her-usual");
        assertThat(attempt.getJsonObject("currentStep").getString("customerLine"))
                .isNotBlank();
        assertThat(again.status()).as("the attempt in progress is resumed").isEqualTo(200);
        assertThat(again.json().asJsonObject().getString("id")).isEqualTo(attempt.getString("id"));
    }

    @Test
    void shouldStartOneAttemptWhenTabsStartTheSameScenarioAtOnce() throws Exception {
        String trainee = Trainees.create("double-click");
        int tabs = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(tabs);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Future<Api.Reply>> pending = new ArrayList<>();
            for (int tab = 0; tab < tabs; tab++) {
                pending.add(clicks.submit(() -> {
                    go.await();
                    return api.postJson("/api/attempts", trainee, "{\"scenario\": \"mixed-up-order\"}");
                }));
            }
            go.countDown();
            for (Future<Api.Reply> reply : pending) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clicks.shutdownNow();
        }

        assertThat(replies).extracting(Api.Reply::status).containsOnlyOnce(201).containsOnly(201, 200);
        assertThat(replies)
                .extracting(reply -> reply.json().asJsonObject().getString("id"))
                .containsOnly(replies.get(0).json().asJsonObject().getString("id"));
        assertThat(attemptsInProgress(trainee)).isEqualTo(1);
    }

    @Test
    void shouldExplainEveryCriterionOfATurnWithTheTraineesOwnWords() {
        String slug = "free-upgrade";
        String trainee = Trainees.create("feedback");
        String id = plays.start(trainee, slug).getString("id");
        String answer = plays.goodAnswer(slug, "empty-shelf");

        JsonObject outcome =
                plays.answer(trainee, id, "empty-shelf", answer).json().asJsonObject();

        JsonObject card = outcome.getJsonObject("turn").getJsonObject("card");
        assertThat(card.getInt("maxPoints")).isPositive();
        assertThat(card.getJsonArray("criteria")).isNotEmpty();
        JsonObject offer = outcome.getJsonObject("turn").getJsonArray("feedback").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("bigger-jar-no-extra-cost"))
                .findFirst()
                .orElseThrow();
        assertThat(offer.getBoolean("met")).isTrue();
        assertThat(offer.getString("feedback")).isNotBlank();
        assertThat(offer.getJsonArray("quotes").getString(0)).isSubstringOf(answer);
        assertThat(outcome.toString()).doesNotContain("counterExamples", "indicators");
        JsonObject stored = api.get("/api/attempts/" + id, trainee).json().asJsonObject();
        assertThat(stored.getJsonArray("turns")).hasSize(1);
        assertThat(stored.getJsonArray("turns").getJsonObject(0).getString("text"))
                .isEqualTo(answer);
    }

    @Test
    void shouldSayWhatTheTopLevelAsksForWhenACriterionIsMetInPart() {
        String trainee = Trainees.create("in-part");
        String id = plays.start(trainee, "free-upgrade").getString("id");

        JsonObject outcome = plays.answer(trainee, id, "empty-shelf", RolePlays.HEDGED_UPGRADE)
                .json()
                .asJsonObject();

        JsonObject offer = outcome.getJsonObject("turn").getJsonArray("feedback").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("bigger-jar-no-extra-cost"))
                .findFirst()
                .orElseThrow();
        assertThat(offer.getString("level")).isEqualTo("partly");
        assertThat(offer.getString("topLevel")).isEqualTo("fully");
        assertThat(offer.getString("topDescriptor")).startsWith("Gives her the bigger jar today");
        assertThat(offer.getString("levelDescriptor")).startsWith("Offers the bigger jar with some discount");
        assertThat(offer.containsKey("feedback"))
                .as("no praise of what only the top level does")
                .isFalse();
        assertThat(offer.getJsonObject("hedge").getString("words")).isEqualTo("I might");
        assertThat(offer.getJsonObject("hedge").getBoolean("leftToTheCustomer")).isFalse();
        assertThat(offer.getString("modelAnswer")).isNotBlank();
    }

    @Test
    void shouldNotStartAnUnknownScenario() {
        Api.Reply reply = api.postJson("/api/attempts", "trainee", "{\"scenario\": \"no-such-story\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void shouldRefuseBlankAndOversizedAnswersStoringNothing() throws Exception {
        String trainee = Trainees.create("blank");
        String id = plays.start(trainee, "mixed-up-order").getString("id");

        Api.Reply blank = plays.answer(trainee, id, "wrong-drink", "   ");
        Api.Reply oversized = plays.answer(trainee, id, "wrong-drink", "I am so sorry. ".repeat(400));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith(PROBLEM);
        assertThat(blank.body()).contains("/text");
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.json().asJsonObject().getString("detail")).contains("at most 5000 characters");
        assertThat(turns(id)).isZero();
    }

    @Test
    void shouldRefuseATurnForAStepTheAttemptIsNotAt() {
        String slug = "genuine-welcome";
        String trainee = Trainees.create("stale");
        String id = plays.start(trainee, slug).getString("id");
        plays.answer(trainee, id, "her-usual", plays.goodAnswer(slug, "her-usual"));

        Api.Reply stale = plays.answer(trainee, id, "her-usual", "Hello again, your usual?");
        Api.Reply unknown = plays.answer(trainee, id, "no-such-step", "Hello");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(stale.json().asJsonObject().getString("detail")).contains("at step 'short-wait'");
        assertThat(unknown.status()).isEqualTo(409);
    }

    @Test
    void shouldStoreOneTurnForTheSameIdempotencyKeySentTwice() throws Exception {
        String slug = "mixed-up-order";
        String trainee = Trainees.create("retry");
        String id = plays.start(trainee, slug).getString("id");
        String answer = plays.goodAnswer(slug, "wrong-drink");

        Api.Reply first = plays.answer(trainee, id, "wrong-drink", answer, key("tab-1-turn-1"));
        Api.Reply again = plays.answer(trainee, id, "wrong-drink", answer, key("tab-1-turn-1"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(turns(id)).isEqualTo(1);
    }

    @Test
    void shouldStoreOneTurnWhenTwoTabsSubmitTheSameStepAtOnce() throws Exception {
        String slug = "buy-the-missing-drink";
        String trainee = Trainees.create("tabs");
        String id = plays.start(trainee, slug).getString("id");
        String answer = plays.goodAnswer(slug, "diet-coke-order");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String tab : List.of("tab-a", "tab-b")) {
                replies.add(tabs.submit(() -> {
                    ready.countDown();
                    go.await();
                    return plays.answer(trainee, id, "diet-coke-order", answer, key(tab));
                }));
            }
            ready.await();
            go.countDown();

            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply done = reply.get(60, TimeUnit.SECONDS);
                statuses.add(done.status());
                if (done.status() == 409) {
                    assertThat(done.json().asJsonObject().getString("detail")).contains("at step '");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            tabs.shutdownNow();
        }
        assertThat(turns(id)).isEqualTo(1);
    }

    @Test
    void shouldAnswerTheSameKeyFromTwoTabsWithTheOneStoredTurn() throws Exception {
        String slug = "buy-the-missing-drink";
        String trainee = Trainees.create("same-key");
        String id = plays.start(trainee, slug).getString("id");
        String answer = plays.goodAnswer(slug, "diet-coke-order");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                replies.add(tabs.submit(() -> {
                    go.await();
                    return plays.answer(trainee, id, "diet-coke-order", answer, key("one-key"));
                }));
            }
            go.countDown();

            Api.Reply one = replies.get(0).get(60, TimeUnit.SECONDS);
            Api.Reply other = replies.get(1).get(60, TimeUnit.SECONDS);
            assertThat(List.of(one.status(), other.status())).containsOnly(200);
            assertThat(one.json().asJsonObject().getJsonObject("turn").getString("id"))
                    .isEqualTo(other.json().asJsonObject().getJsonObject("turn").getString("id"));
        } finally {
            tabs.shutdownNow();
        }
        assertThat(turns(id)).isEqualTo(1);
    }

    @Test
    void shouldAnswerAnotherTraineesAttemptLikeAMissingOne() {
        String owner = Trainees.create("owner");
        String other = Trainees.create("other");
        String id = plays.start(owner, "genuine-welcome").getString("id");

        Api.Reply read = api.get("/api/attempts/" + id, other);
        Api.Reply missing = api.get("/api/attempts/" + UUID.randomUUID(), other);
        Api.Reply write = plays.answer(other, id, "her-usual", "Hello!");
        Api.Reply abandon = api.postJson("/api/attempts/" + id + "/abandon", other, "");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith(PROBLEM);
        assertThat(read.json().asJsonObject().getString("detail"))
                .isEqualTo(missing.json().asJsonObject().getString("detail").replaceAll("'[^']*'", "'" + id + "'"));
        assertThat(write.status()).isEqualTo(404);
        assertThat(abandon.status()).isEqualTo(404);
        assertThat(api.get("/api/attempts/not-a-uuid", other).status()).isEqualTo(404);
        assertThat(api.get("/api/attempts/" + id, "trainer").status()).isEqualTo(200);
        assertThat(api.get("/api/attempts/" + id, owner).status()).isEqualTo(200);
    }

    @Test
    void shouldListMyAttemptsWithFirstBestAndLatestSharePerScenario() {
        String slug = "free-upgrade";
        String trainee = Trainees.create("history");
        JsonObject failed = plays.playToTheEnd(trainee, plays.start(trainee, slug), step -> plays.deflection(slug));
        JsonObject passed =
                plays.playToTheEnd(trainee, plays.start(trainee, slug), step -> plays.goodAnswer(slug, step));
        String inProgress = plays.start(trainee, "genuine-welcome").getString("id");

        JsonObject mine = api.get("/api/me/attempts", trainee).json().asJsonObject();

        List<JsonObject> attempts = mine.getJsonArray("attempts").getValuesAs(JsonObject.class);
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(0).getString("id")).isEqualTo(inProgress);
        assertThat(attempts.get(0).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(attempts.get(0).getString("currentStep")).isEqualTo("her-usual");
        JsonObject history = mine.getJsonArray("scenarios").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("scenario").equals(slug))
                .findFirst()
                .orElseThrow();
        double failedShare =
                failed.getJsonObject("result").getJsonNumber("share").doubleValue();
        double passedShare =
                passed.getJsonObject("result").getJsonNumber("share").doubleValue();
        assertThat(history.getInt("attempts")).isEqualTo(2);
        assertThat(history.getJsonNumber("first").doubleValue()).isCloseTo(failedShare, within(0.0001));
        assertThat(history.getJsonNumber("best").doubleValue()).isCloseTo(passedShare, within(0.0001));
        assertThat(history.getJsonNumber("latest").doubleValue()).isCloseTo(passedShare, within(0.0001));
        assertThat(api.get("/api/me/attempts", "trainee").json().asJsonObject().getJsonArray("attempts"))
                .as("another trainee's list")
                .isEmpty();
    }

    @Test
    void shouldAbandonAnAttemptInProgressAndTakeNoMoreTurns() {
        String trainee = Trainees.create("quitter");
        String id = plays.start(trainee, "genuine-welcome").getString("id");

        Api.Reply abandoned = api.postJson("/api/attempts/" + id + "/abandon", trainee, "");
        Api.Reply turn = plays.answer(trainee, id, "her-usual", "Hello!");
        Api.Reply again = api.postJson("/api/attempts/" + id + "/abandon", trainee, "");

        assertThat(abandoned.status()).isEqualTo(200);
        assertThat(abandoned.json().asJsonObject().getString("status")).isEqualTo("ABANDONED");
        assertThat(turn.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
        assertThat(plays.start(trainee, "genuine-welcome").getString("id")).isNotEqualTo(id);
    }

    @Test
    void shouldLimitAttemptsAndKeepACoolDownWhenATrainerSaysSo() {
        String slug = "mixed-up-order";
        String trainee = Trainees.create("limited");
        String policy = "/api/scenarios/" + slug + "/attempt-policy";
        try {
            assertThat(api.putJson(policy, "trainer", "{\"maxAttempts\": 2}").status())
                    .isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                api.postJson("/api/attempts/" + plays.start(trainee, slug).getString("id") + "/abandon", trainee, "");
            }

            Api.Reply third = api.postJson("/api/attempts", trainee, "{\"scenario\": \"" + slug + "\"}");

            assertThat(third.status()).isEqualTo(409);
            assertThat(third.json().asJsonObject().getString("detail")).contains("all 2 attempts");

            api.putJson(policy, "trainer", "{\"cooldownMinutes\": 60}");
            Api.Reply tooSoon = api.postJson("/api/attempts", trainee, "{\"scenario\": \"" + slug + "\"}");

            assertThat(tooSoon.status()).isEqualTo(409);
            assertThat(tooSoon.json().asJsonObject().getString("detail"))
                    .contains("allowed from")
                    .contains("60 minutes");
            assertThat(api.putJson(policy, "trainee", "{}").status()).isEqualTo(403);
            assertThat(api.putJson(policy, "trainer", "{\"maxAttempts\": 0}").status())
                    .isEqualTo(400);
        } finally {
            api.putJson(policy, "trainer", "{}");
        }
        assertThat(api.postJson("/api/attempts", trainee, "{\"scenario\": \"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
    }

    private static long turns(String attemptId) throws Exception {
        return TestDatabase.number("select count(*) from turn where attempt_id = ?", UUID.fromString(attemptId));
    }

    private static long attemptsInProgress(String username) throws Exception {
        return TestDatabase.number(
                "select count(*) from attempt t join account a on a.id = t.account_id"
                        + " where a.username = ? and t.status = 'IN_PROGRESS'",
                username);
    }

    static Map<String, String> key(String value) {
        return Map.of("Idempotency-Key", value);
    }
}
