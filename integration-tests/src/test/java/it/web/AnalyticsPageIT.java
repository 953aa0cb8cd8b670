package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.ChartLabels;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.ScenarioCopies;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A trainer sees where trainees struggle: charts and tables drawn from real attempts and a real review. */
class AnalyticsPageIT extends InBrowser {

    private static final String SLUG = "mixed-up-order";
    private static final String BRANCH = "ANLYT";
    /** A day as the pages write it in English ("Dec 5, 2026"). */
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldChartScoresMissesAndTheTrainersAgreementWithTheScorer() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String good = Trainees.create("analysed");
        plays.playToTheEnd(good, plays.start(good, SLUG), step -> plays.goodAnswer(SLUG, step));
        String poor = Trainees.create("analysed");
        String attempt = plays.start(poor, SLUG).getString("id");
        String turn = plays.answer(poor, attempt, "wrong-drink", plays.deflection(SLUG))
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        Api.Reply override = api.postJson(
                "/api/review/" + turn,
                "trainer",
                "{\"levels\": {\"own-the-mistake\": \"partly\"}, \"reason\": \"She did say sorry.\"}");
        assertThat(override.status()).as(override.toString()).isEqualTo(200);

        browser.logIn(base, "trainer");
        page.findElement(By.id("nav-analytics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pick")));
        new Select(page.findElement(By.id("scenario"))).selectByValue(SLUG);
        page.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.urlContains("scenario=" + SLUG));

        assertThat(new Select(page.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(SLUG);
        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("1 completed attempt, 100% passed.");
        assertThat(page.findElements(By.cssSelector(".bar-chart[role=img]"))).hasSize(4);
        WebElement misses = page.findElement(By.cssSelector(".bar-chart.rows[aria-labelledby^=misses]"));
        assertThat(misses.findElements(By.className("chart-label")))
                .extracting(WebElement::getText)
                .as("a row for each criterion, under its name")
                .contains("Takes the blame and apologizes", "Deflects with policy, excuses or blame");
        for (WebElement chart : page.findElements(By.className("bar-chart"))) {
            assertThat(ChartLabels.clashes(page, chart))
                    .as(chart.getAttribute("aria-labelledby"))
                    .isEmpty();
        }
        assertThat(page.findElement(By.id("distribution-table")).getText()).contains("90%");
        String ownTheMistake = page.findElement(By.cssSelector("#criteria-table tr[data-criterion=own-the-mistake]"))
                .getText();
        assertThat(ownTheMistake).as("overridden from the scorer's level").contains("0% (0/1)");
        assertThat(page.findElement(By.cssSelector("#criteria-table tr[data-criterion=remake-now]"))
                        .getText())
                .contains("100% (1/1)");
        Accessibility.assertNoSeriousViolations(page, "the analytics page");
        browser.screenshot("trainer-analytics");
    }

    /**
     * An answer in French gets every criterion's lowest level from a scorer that did not read it: counted, it would
     * read as misses, and once a trainer judged it, as the trainer disagreeing with the scorer.
     */
    @Test
    void shouldLeaveAnAnswerTheScorerCouldNotReadOutOfTheMissRatesUntilATrainerJudgedIt() {
        String slug = "genuine-welcome";
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String french = Trainees.create("analysed");
        String turn = plays.answer(
                        french,
                        plays.start(french, slug).getString("id"),
                        "her-usual",
                        "Bonjour madame, quel plaisir de vous revoir ! Votre flat white au lait d'avoine, bien chaud"
                                + " comme d'habitude ? Je vous le prépare tout de suite.")
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=" + slug);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("misses-unjudged")));
        assertThat(page.findElements(By.id("misses-empty")))
                .as("an answer was sent: the note says why it is not counted, not that none was scored")
                .isEmpty();

        String english = Trainees.create("analysed");
        plays.answer(
                english, plays.start(english, slug).getString("id"), "her-usual", plays.goodAnswer(slug, "her-usual"));
        JsonObject before = analytics(api, slug);
        assertThat(before.getInt("turnsRead")).as("the English answer").isEqualTo(1);
        assertThat(before.getInt("unjudged"))
                .as("the French answer, not judged yet")
                .isEqualTo(1);
        assertThat(criterion(before, "real-greeting").getInt("scored"))
                .as("only the answer read")
                .isEqualTo(1);
        assertThat(criterion(before, "real-greeting").getInt("missed")).isZero();

        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=" + slug);
        WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("misses-unjudged")));
        assertThat(note.getText())
                .startsWith("1 answer in another language waits for a trainer’s levels: the scorer reads English only,"
                        + " so it is left out of the miss rates until judged.");
        assertThat(page.findElement(By.cssSelector("#criteria-table tr[data-criterion=real-greeting]"))
                        .getText())
                .contains("0%");
        Accessibility.assertNoSeriousViolations(page, "the analytics page with an answer left to a trainer");
        note.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("t" + turn.replace("-", ""))));
        assertThat(page.getCurrentUrl()).contains("review.xhtml").contains("scenario=" + slug);

        Api.Reply judged = api.postJson(
                "/api/review/" + turn,
                "trainer",
                "{\"levels\": {\"real-greeting\": \"fully\", \"knows-her-usual\": \"fully\"}}");
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        JsonObject after = analytics(api, slug);
        assertThat(after.getInt("unjudged")).isZero();
        assertThat(criterion(after, "real-greeting").getInt("scored"))
                .as("the trainer's levels count")
                .isEqualTo(2);
        assertThat(criterion(after, "real-greeting").getInt("reviewed"))
                .as("the scorer gave no verdict there to agree with")
                .isZero();
    }

    /** A result waiting for a trainer is no result yet: the pass rate and the distribution count it once reviewed. */
    @Test
    void shouldCountACompletedAttemptWaitingForReviewOnceReviewed() {
        String slug = "buy-the-missing-drink";
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("analysed");
        JsonObject started = plays.start(trainee, slug);
        plays.playToTheEnd(
                trainee,
                started,
                step -> "Je suis vraiment désolé, nous n'avons pas de Coca light ici, mais je peux aller vous en"
                        + " chercher un à l'épicerie d'à côté, ça ne prend que deux minutes.");
        String attempt = started.getString("id");

        JsonObject before = analytics(api, slug);
        assertThat(before.getInt("completed")).isZero();
        assertThat(before.getInt("awaitingReview")).isEqualTo(1);
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=" + slug);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")))
                        .getText())
                .isEqualTo("No completed attempt yet. 1 finished attempt waits for a trainer’s review, and counts"
                        + " once reviewed.");

        for (JsonObject turn : api.get("/api/attempts/" + attempt, trainee)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getValuesAs(JsonObject.class)) {
            JsonObject card = turn.getJsonObject("card");
            JsonObjectBuilder levels = Json.createObjectBuilder();
            for (String part : List.of("criteria", "penalties")) {
                card.getJsonArray(part)
                        .getValuesAs(JsonObject.class)
                        .forEach(c -> levels.add(c.getString("key"), c.getString("level")));
            }
            Api.Reply judged = api.postJson(
                    "/api/review/" + turn.getString("id"),
                    "trainer",
                    Json.createObjectBuilder().add("levels", levels).build().toString());
            assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        }
        JsonObject after = analytics(api, slug);
        assertThat(after.getInt("awaitingReview")).isZero();
        assertThat(after.getInt("completed")).isEqualTo(1);
        assertThat(after.getInt("passed")).isZero();
        page.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")))
                        .getText())
                .isEqualTo("1 completed attempt, 0% passed.");
    }

    private static JsonObject analytics(Api api, String slug) {
        return analytics(api, slug, "");
    }

    private static JsonObject analytics(Api api, String slug, String filter) {
        Api.Reply reply = api.get("/api/scenarios/" + slug + "/analytics?" + filter, "trainer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static JsonObject criterion(JsonObject analytics, String key) {
        return analytics.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> key.equals(c.getString("key")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figures for " + key + " in " + analytics));
    }

    /**
     * Three copies of a scenario: one a trainee failed at first and passed on a retry, one passed first time, one nobody
     * played. The first is the harder, whatever retries make of its pass rate; the unplayed one has nothing to rank by.
     */
    @Test
    void shouldCompareEveryScenarioHardestFirst() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String retried = ScenarioCopies.publishedCopy(api, SLUG, "retried");
        String firstTime = ScenarioCopies.publishedCopy(api, SLUG, "first-time");
        String unplayed = ScenarioCopies.publishedCopy(api, SLUG, "unplayed");
        String slow = Trainees.create("compared");
        JsonObject failed = plays.playToTheEnd(slow, plays.start(slow, retried), step -> "Okay.");
        assertThat(failed.getJsonObject("result").getBoolean("passed"))
                .as(failed.toString())
                .isFalse();
        plays.pass(slow, retried);
        String quick = Trainees.create("compared");
        plays.pass(quick, firstTime);

        JsonObject standing = api.get("/api/analytics/scenarios", "trainer").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("scenario").equals(retried))
                .findFirst()
                .orElseThrow();
        assertThat(standing.getInt("trainees")).isEqualTo(1);
        assertThat(standing.getInt("completed")).isEqualTo(2);
        assertThat(standing.getInt("passed")).isEqualTo(1);
        assertThat(standing.getInt("firstTries")).isEqualTo(1);
        assertThat(standing.getInt("passedFirstTime")).isZero();
        assertThat(api.get("/api/analytics/scenarios", "trainee").status()).isEqualTo(403);

        browser.logIn(base, "trainer");
        page.findElement(By.id("nav-analytics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("standings-table")));
        assertThat(new Select(page.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("All scenarios, compared");
        List<String> order = page.findElements(By.cssSelector("#standings-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-scenario"))
                .toList();
        assertThat(order.indexOf(retried)).isNotNegative().isLessThan(order.indexOf(firstTime));
        assertThat(order.indexOf(firstTime)).isLessThan(order.indexOf(unplayed));
        assertThat(cells(retried))
                .containsExactly("1", "0% (0/1)", "2", "50%", cells(retried).get(4), "0", "0", "0");
        assertThat(cells(firstTime)).startsWith("1", "100% (1/1)", "1", "100%");
        assertThat(cells(unplayed)).containsExactly("0", "—", "0", "—", "—", "0", "0", "0");
        WebElement chart = page.findElement(By.cssSelector(".bar-chart.rows[aria-labelledby^=standings]"));
        List<String> labels = chart.findElements(By.className("chart-label")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(labels.indexOf(title(retried))).isNotNegative().isLessThan(labels.indexOf(title(firstTime)));
        assertThat(labels).as("nothing to draw for it").doesNotContain(title(unplayed));
        assertThat(ChartLabels.clashes(page, chart)).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the analytics page comparing every scenario");
        browser.screenshot("trainer-analytics-compared");

        page.findElement(By.cssSelector("#standings-table tr[data-scenario=" + retried + "] th a"))
                .click();
        wait.until(ExpectedConditions.urlContains("scenario=" + retried));
        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("2 completed attempts, 50% of them passed.");

        // The latest attempt (the retry that passed), then the trainee's try before it, as a trainer coaching them.
        page.findElement(By.cssSelector("#latest-table tbody tr a")).click();
        browser.waitForUrlContaining("trainer/attempt.xhtml");
        List<WebElement> tries = page.findElements(By.cssSelector("#tries-table tbody tr"));
        assertThat(tries).hasSize(2);
        assertThat(tries.get(0).getAttribute("aria-current")).isEqualTo("true");
        assertThat(tries.get(0).getText()).contains("(this one)", "Passed");
        assertThat(tries.get(1).getText()).contains("Not passed yet");
        String before = tries.get(1).getAttribute("data-attempt");
        tries.get(1).findElement(By.tagName("a")).click();
        browser.waitForUrlContaining("attempt=" + before);
        assertThat(page.findElement(By.cssSelector("#tries-table tr[aria-current=true]"))
                        .getAttribute("data-attempt"))
                .isEqualTo(before);
        assertThat(page.findElement(By.id("attempt-result")).getText()).startsWith("Not passed yet");
        Accessibility.assertNoSeriousViolations(page, "a trainee's earlier try, with their others");
    }

    /**
     * A trainee of one branch passed this month; another, elsewhere, failed 20 days ago and has moved to the branch
     * since. The comparison and the scenario's own figures count the attempts of the period chosen, or played at the
     * branch, in the API and on the page, whose links to a scenario keep the filter.
     */
    @Test
    void shouldNarrowTheFiguresToABranchAndAPeriod() throws Exception {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        Api.Reply branch = api.postJson(
                "/api/branches", "admin", "{\"code\": \"" + BRANCH + "\", \"name\": \"Analytics Harbour\"}");
        assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
        String copy = ScenarioCopies.publishedCopy(api, SLUG, "filtered");
        String local = Trainees.create("filtered");
        TestDatabase.updateOne(
                "update account set branch_id = (select id from branch where code = ?) where username = ?",
                BRANCH,
                local);
        plays.pass(local, copy);
        String elsewhere = Trainees.create("filtered");
        plays.playToTheEnd(elsewhere, plays.start(elsewhere, copy), step -> "Okay.");
        TestDatabase.updateOne(
                "update attempt set started_at = started_at - interval '20 days'"
                        + " where account_id = (select id from account where username = ?)",
                elsewhere);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String recent = "from=" + today.minusDays(10);
        String earlier = "to=" + today.minusDays(10);

        assertThat(standing(api, copy, "")).containsExactly(2, 2, 1, 2, 1);
        assertThat(standing(api, copy, "branch=" + BRANCH)).containsExactly(1, 1, 1, 1, 1);
        assertThat(standing(api, copy, recent)).containsExactly(1, 1, 1, 1, 1);
        assertThat(standing(api, copy, earlier)).containsExactly(1, 1, 0, 1, 0);
        assertThat(standing(api, copy, earlier + "&branch=" + BRANCH)).containsExactly(0, 0, 0, 0, 0);
        TestDatabase.updateOne(
                "update account set branch_id = (select id from branch where code = ?) where username = ?",
                BRANCH,
                elsewhere);
        assertThat(standing(api, copy, "branch=" + BRANCH))
                .as("a trainee who moved to the branch since leaves their attempt where they played it")
                .containsExactly(1, 1, 1, 1, 1);
        JsonObject before = analytics(api, copy, earlier);
        assertThat(before.getInt("completed")).isEqualTo(1);
        assertThat(before.getInt("passed")).isZero();
        List<JsonObject> days = before.getJsonArray("attemptsPerDay").getValuesAs(JsonObject.class);
        assertThat(days).hasSize(30);
        assertThat(days.get(29).getString("day"))
                .as("the period's last day")
                .isEqualTo(today.minusDays(10).toString());
        assertThat(days.stream().mapToInt(d -> d.getInt("attempts")).sum()).isEqualTo(1);
        JsonObject ofTheBranch = analytics(api, copy, "branch=" + BRANCH);
        assertThat(ofTheBranch.getInt("completed")).isEqualTo(1);
        assertThat(ofTheBranch.getInt("passed")).isEqualTo(1);
        assertThat(ofTheBranch.getJsonArray("latest").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(latest -> assertThat(latest.getString("trainee")).isEqualTo(local));
        assertThat(ofTheBranch.getInt("turnsRead"))
                .as("the passing trainee's answers only")
                .isPositive();
        assertThat(analytics(api, copy, "").getInt("turnsRead")).isGreaterThan(ofTheBranch.getInt("turnsRead"));
        for (String refused : List.of("branch=NOWHERE", "from=" + today + "&to=" + today.minusDays(1), "from=soon")) {
            Api.Reply reply = api.get("/api/analytics/scenarios?" + refused, "trainer");
            assertThat(reply.status()).as(refused).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(api.get("/api/scenarios/" + copy + "/analytics?" + refused, "trainer")
                            .status())
                    .as(refused)
                    .isEqualTo(400);
        }

        browser.logIn(base, "trainer");
        page.get(base + "trainer/analytics.xhtml?" + recent + "&branch=" + BRANCH);
        assertThat(page.findElement(By.id("filter-summary")).getText())
                .isEqualTo("Counting only the attempts started on or after " + DAY.format(today.minusDays(10))
                        + ", by trainees of Analytics Harbour when they played.");
        assertThat(new Select(page.findElement(By.id("branch")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Analytics Harbour (" + BRANCH + ")");
        assertThat(page.findElement(By.id("from")).getAttribute("value"))
                .isEqualTo(today.minusDays(10).toString());
        assertThat(cells(copy)).startsWith("1", "100% (1/1)", "1", "100%");
        Accessibility.assertNoSeriousViolations(page, "the analytics page filtered by a period and a branch");
        browser.screenshot("trainer-analytics-filtered");

        page.findElement(By.cssSelector("#standings-table tr[data-scenario=" + copy + "] th a"))
                .click();
        wait.until(ExpectedConditions.urlContains("scenario=" + copy));
        assertThat(page.getCurrentUrl()).contains(recent, "branch=" + BRANCH);
        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("1 completed attempt, 100% passed.");
        assertThat(page.findElement(By.id("attempts-desc")).getAttribute("textContent"))
                .isEqualTo("Attempts started per day, " + DAY.format(today.minusDays(10)) + " to " + DAY.format(today)
                        + ".");
        assertThat(page.findElements(By.cssSelector("#latest-table tbody th")))
                .extracting(WebElement::getText)
                .containsExactly("Trainee " + local);
        page.findElement(By.id("clear")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("branch=")));
        assertThat(page.getCurrentUrl()).contains("scenario=" + copy);
        assertThat(page.findElements(By.id("filter-summary"))).isEmpty();
        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("2 completed attempts, 50% of them passed.");
        assertThat(page.findElements(By.cssSelector("#latest-table tbody th")))
                .as("newest first")
                .extracting(WebElement::getText)
                .containsExactly("Trainee " + local, "Trainee " + elsewhere);
        Accessibility.assertNoSeriousViolations(page, "a scenario's figures with its latest attempts");
        page.findElement(By.linkText("Trainee " + elsewhere)).click();
        browser.waitForUrlContaining("trainer/attempt.xhtml");
        assertThat(page.findElement(By.id("attempt-heading")).getText())
                .startsWith("Trainee " + elsewhere + "’s attempt at");

        String unknown = base + "trainer/analytics.xhtml?branch=NOWHERE";
        page.get(unknown);
        assertThat(page.findElement(By.id("messages")).getText()).contains("No branch has the code 'NOWHERE'");
        assertThat(page.findElements(By.id("standings"))).isEmpty();
        assertThat(browser.fetch(unknown, "status")).isEqualTo("400");
    }

    /** The copy's trainees, completed attempts, passed, first tries and passed first time, under a filter. */
    private static List<Integer> standing(Api api, String slug, String filter) {
        Api.Reply reply = api.get("/api/analytics/scenarios?" + filter, "trainer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject standing = reply.json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("scenario").equals(slug))
                .findFirst()
                .orElseThrow();
        return List.of(
                standing.getInt("trainees"),
                standing.getInt("completed"),
                standing.getInt("passed"),
                standing.getInt("firstTries"),
                standing.getInt("passedFirstTime"));
    }

    private List<String> cells(String slug) {
        return page.findElements(By.cssSelector("#standings-table tr[data-scenario=" + slug + "] td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String title(String slug) {
        return page.findElement(By.cssSelector("#standings-table tr[data-scenario=" + slug + "] th a"))
                .getText();
    }

    /**
     * Three trainees take the branching scenario three ways: one offers to phone and fetch, and finishes; one deflects,
     * loses the customer and gives up; one offers to phone and is still playing. The trainer sees how far each step was
     * reached, where its answers led, and where the unfinished attempts stopped.
     */
    @Test
    void shouldShowWhereTheConversationsWentStepByStep() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String slug = ScenarioCopies.publishedCopy(api, "fetch-from-another-branch", "paths");
        String finisher = Trainees.create("paths");
        JsonObject finished =
                plays.playToTheEnd(finisher, plays.start(finisher, slug), step -> plays.goodAnswer(slug, step));
        assertThat(finished.getString("status")).isEqualTo("COMPLETED");
        String quitter = Trainees.create("paths");
        String quit = plays.start(quitter, slug).getString("id");
        assertThat(plays.answer(quitter, quit, "not-on-shelf", plays.deflection(slug))
                        .json()
                        .asJsonObject()
                        .getJsonObject("next")
                        .getString("key"))
                .isEqualTo("about-to-leave");
        assertThat(api.postJson("/api/attempts/" + quit + "/abandon", quitter, "")
                        .status())
                .isEqualTo(200);
        String player = Trainees.create("paths");
        String playing = plays.start(player, slug).getString("id");
        plays.answer(player, playing, "not-on-shelf", plays.goodAnswer(slug, "not-on-shelf"));

        JsonObject figures = api.get("/api/scenarios/" + slug + "/analytics", "trainer")
                .json()
                .asJsonObject();
        assertThat(figures.getInt("attemptsRead")).isEqualTo(3);
        assertThat(figures.getJsonArray("steps").getJsonObject(2).getString("customerLine"))
                .startsWith("Oh, wonderful, they've got it!");
        assertThat(figures.getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("key") + " answered " + step.getInt("answered") + ", waiting "
                        + step.getInt("waiting") + ", left " + step.getInt("abandoned"))
                .containsExactly(
                        "not-on-shelf answered 3, waiting 0, left 0",
                        "about-to-leave answered 0, waiting 0, left 1",
                        "they-have-it answered 1, waiting 1, left 0",
                        "back-with-it answered 1, waiting 0, left 0");

        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=" + slug);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paths-table")));
        assertThat(page.findElement(By.id("paths-intro")).getText()).startsWith("Over the latest 3 attempts");
        List<WebElement> rows = page.findElements(By.cssSelector("#paths-table tbody tr"));
        assertThat(rows)
                .extracting(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .collect(Collectors.joining(" | ")))
                .containsExactly(
                        "3 (100%) | about-to-leave: 1 (33%) · they-have-it: 2 (67%) | 0 | 0",
                        "1 (33%) | no answer yet | 1 | 0",
                        "2 (67%) | back-with-it: 1 (100%) | 0 | 1",
                        "1 (33%) | the end: 1 (100%) | 0 | 0");
        assertThat(rows.get(0).findElement(By.tagName("th")).getText())
                .as("a step named as the trainer knows it, with the customer's line there")
                .startsWith("Step 1 · not-on-shelf\n“Excuse me — I'm looking for the Velvet Rose night cream")
                .endsWith("Do you have any left?”");
        WebElement chart = page.findElement(By.cssSelector(".bar-chart.rows[aria-labelledby^=paths]"));
        assertThat(chart.findElements(By.className("chart-label")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Step 1 · not-on-shelf",
                        "Step 2 · about-to-leave",
                        "Step 3 · they-have-it",
                        "Step 4 · back-with-it");
        assertThat(ChartLabels.clashes(page, chart)).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "where a scenario's conversations went");
        browser.screenshot("trainer-analytics-paths");
    }

    @Test
    void shouldSayPlainlyWhatNoTraineeHasDoneYetInsteadOfDrawingEmptyCharts() {
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=free-upgrade");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));

        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("No completed attempt yet.");
        assertThat(page.findElement(By.id("distribution-empty")).getText()).startsWith("No attempt completed yet");
        assertThat(page.findElement(By.id("misses-empty")).getText()).startsWith("No answer scored yet");
        assertThat(page.findElement(By.id("paths-empty")).getText()).startsWith("No attempt yet");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(page.findElement(By.id("attempts-empty")).getText())
                .isEqualTo("No attempt started from " + DAY.format(today.minusDays(29)) + " to " + DAY.format(today)
                        + ".");
        assertThat(page.findElements(By.className("bar-chart"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the analytics page of a scenario nobody has played");
    }
}
