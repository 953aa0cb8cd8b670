package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.Rescores;
import it.support.RolePlays;
import it.support.ScenarioCopies;
import it.support.ScenarioEdits;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A trainer settles a doubtful answer from the review queue in Chromium; the trainee's result follows. */
class ReviewPageIT extends InBrowser {

    /** An answer the scorer cannot be sure about (see ReviewIT). */
    private static final String DOUBTFUL = "I'll have a word with the barista. <script>alert(1)</script>";

    private static final String APOLOGY = "Oh dear, sorry! I'll have a word with the barista.";

    /** Doubtful too, and nothing like the answers settled here. */
    private static final String MANAGER = "Let me sort it out with the manager.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldSettleADoubtfulAnswerWithAReasonAndShowItAsText() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("reviewed");
        String attempt = plays.start(trainee, "mixed-up-order").getString("id");
        JsonObject turn = doubtful(plays, trainee, attempt, DOUBTFUL);
        String section = "t" + turn.getString("id").replace("-", "");
        String sorry = Trainees.create("sorry");
        String sorryAttempt = plays.start(sorry, "mixed-up-order").getString("id");
        JsonObject apology = doubtful(plays, sorry, sorryAttempt, APOLOGY);

        browser.logIn(base, "trainer");
        page.findElement(By.id("nav-review")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(section)));

        WebElement item = page.findElement(By.id(section));
        for (String field : List.of("scenario", "criterion")) {
            Rectangle label =
                    page.findElement(By.cssSelector("label[for=" + field + "]")).getRect();
            Rectangle select = page.findElement(By.id(field)).getRect();
            assertThat(label.getY() + label.getHeight() / 2)
                    .as("the %s filter's label on its field's line, however long the choices of any scenario", field)
                    .isBetween(select.getY(), select.getY() + select.getHeight());
        }
        assertThat(page.findElement(By.cssSelector("#t"
                                + apology.getString("id").replace("-", "") + " tr[data-criterion=own-the-mistake] th"))
                        .getText())
                .as("why the scorer decided as it did, beside its level")
                .contains("\u201cOh dear, sorry!\u201d", "matched");
        assertThat(item.findElements(By.cssSelector("tr[data-criterion] th")))
                .as("every verdict says why, by a quote or in words")
                .allSatisfy(
                        verdict -> assertThat(verdict.findElements(By.cssSelector(".evidence-list, .evidence-none")))
                                .isNotEmpty());
        assertThat(item.findElement(By.cssSelector("tr[data-criterion=remake-now] th"))
                        .getText())
                .as("a doubt shows the clause that came nearest and why it did not count")
                .contains("\u201cI'll have a word with the barista.\u201d", "too weak on its own");
        assertThat(item.getText()).contains(trainee).contains("<script>alert(1)</script>");
        assertThat(item.findElement(By.tagName("h2")).getText())
                .as("who answered, by name, and where")
                .contains("Trainee " + trainee, "That's not my drink");
        String customerLine = api
                .get("/api/scenarios/mixed-up-order", trainee)
                .json()
                .asJsonObject()
                .getJsonArray("steps")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(step -> step.getString("key").equals("wrong-drink"))
                .findFirst()
                .orElseThrow()
                .getString("customerLine");
        assertThat(item.findElement(By.cssSelector(".customer-line")).getText())
                .as("what the customer had just said, to judge the answer by")
                .contains(customerLine);

        new Select(page.findElement(By.id("scenario"))).selectByVisibleText("A Diet Coke by the pool");
        page.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("empty")));
        assertThat(new Select(page.findElement(By.id("criterion"))).getOptions())
                .extracting(WebElement::getText)
                .contains("Any criterion", "Offers to get her a Diet Coke from the store")
                .doesNotContain("Takes the blame and apologizes");
        new Select(page.findElement(By.id("scenario"))).selectByVisibleText("That's not my drink");
        page.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(section)));
        item = page.findElement(By.id(section));
        assertThat(page.findElements(By.cssSelector("#" + section + " blockquote script")))
                .isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the review queue");
        browser.screenshot("trainer-review");

        new Select(item.findElement(By.cssSelector("tr[data-criterion=own-the-mistake] select")))
                .selectByVisibleText("partly");
        item.findElement(By.cssSelector("input[id$=':save']")).click();
        wait.until(Browser.textIn(By.id("main"), "Say why the level is overridden"));
        assertThat(page.findElement(By.id("messages")).getText())
                .contains("The levels for the answer of Trainee " + trainee + " were not saved.", "Why: Say why");
        assertThat(page.findElement(By.id("main")).getText()).doesNotContain("is reviewed");

        item = page.findElement(By.id(section));
        new Select(item.findElement(By.cssSelector("tr[data-criterion=own-the-mistake] select")))
                .selectByVisibleText("partly");
        item.findElement(By.cssSelector("textarea")).sendKeys("A word with the barista owns it, a little.");
        item.findElement(By.cssSelector("input[id$=':save']")).click();
        wait.until(Browser.textIn(By.id("main"), "is reviewed"));
        assertThat(page.findElements(By.id(section))).isEmpty();
        assertThat(page.findElements(By.id("t" + apology.getString("id").replace("-", ""))))
                .as("the other answer still waits")
                .hasSize(1);
        // The answer that took the settled one's place has the focus, to go on from there.
        String next = "t" + apology.getString("id").replace("-", "");
        wait.until(driver -> next.equals(driver.switchTo().activeElement().getAttribute("id")));

        JsonObject after = api.get("/api/attempts/" + attempt, trainee).json().asJsonObject();
        assertThat(after.toString()).contains("partly");
        assertThat(api.get("/api/review/audit?attempt=" + attempt, "trainer").body())
                .contains("A word with the barista owns it, a little.");

        // An address naming a scenario that is not there (hand-edited, or deleted since) shows the whole queue.
        page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=gone-since&criterion=owns-it");
        assertThat(page.findElement(By.id("messages")).getText())
                .startsWith("There is no scenario “gone-since” to filter by");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Review queue");
        assertThat(page.findElement(By.id("scenario")).getAttribute("value"))
                .as("no filter kept")
                .isEmpty();

        page.manage().window().setSize(new Dimension(375, 812));
        page.get(base.toExternalForm() + "trainer/review.xhtml");
        assertThat(browser.fitsTheWidth())
                .as("the review queue fits 375 px; too wide: %s", browser.tooWide())
                .isTrue();
        browser.screenshot("trainer-review-375px");

        // The other answer's levels left as the scorer set them and saved without a reason: a confirmation.
        String other = "t" + apology.getString("id").replace("-", "");
        page.findElement(By.id(other))
                .findElement(By.cssSelector("input[id$=':save']"))
                .click();
        wait.until(Browser.textIn(By.id("main"), "is reviewed"));
        assertThat(page.findElements(By.id(other))).isEmpty();
        assertThat(api.get("/api/review/audit?attempt=" + sorryAttempt, "trainer")
                        .body())
                .contains("confirmed as the scorer set them");
    }

    /**
     * A trainee reading a finished attempt again sees how each answer was scored, not the last one only, and asks a
     * trainer to look at one again; the trainer reads why beside the answer.
     */
    @Test
    void shouldLetATraineeAskForAnotherLookAtAnEarlierAnswerAndShowTheTrainerWhy() {
        Api api = new Api(base);
        // A copy of its own: the queue filtered by it holds this test's answers only, whatever else waits.
        String slug = ScenarioCopies.publishedCopy(api, "mixed-up-order", "asked");
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("asking");
        JsonObject started = plays.start(trainee, slug);
        String attempt = started.getString("id");
        plays.playToTheEnd(trainee, started, step -> plays.goodAnswer(slug, step));
        String firstAnswer = plays.goodAnswer(slug, "wrong-drink");

        browser.logIn(base, trainee);
        page.get(base.toExternalForm() + "play.xhtml?attempt=" + attempt);
        assertThat(page.findElement(By.id("feedback-heading")).getText()).isEqualTo("Feedback on your last answer");
        WebElement firstScore = page.findElement(By.cssSelector(".turn-score[data-turn='1']"));
        assertThat(firstScore.getText()).matches("\\d+ / \\d+ points · Show its feedback");
        firstScore.findElement(By.linkText("Show its feedback")).click();
        wait.until(Browser.textIn(By.id("feedback-heading"), "Feedback on your answer 1"));
        assertThat(page.findElement(By.id("highlighted")).getText()).isEqualTo(firstAnswer);
        wait.until(driver ->
                "feedback-heading".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(page.findElement(By.cssSelector(".turn-score[data-turn='1']"))
                        .getText())
                .endsWith("its feedback is below");

        page.findElement(By.cssSelector("#ask-review-details summary")).click();
        page.findElement(By.cssSelector("input[id$='askReviewButton']")).click();
        wait.until(Browser.textIn(By.id("messages"), "Say what you think the scorer missed"));
        assertThat(page.findElement(By.id("ask-review-details")).getAttribute("open"))
                .as("still open to write the note")
                .isNotNull();
        String note = "I took the blame <b>straight away</b>: \"that's on us\".";
        page.findElement(By.cssSelector("textarea[id$='note']")).sendKeys(note);
        page.findElement(By.cssSelector("input[id$='askReviewButton']")).click();
        wait.until(Browser.textIn(By.id("messages"), "a trainer will look at your answer again"));
        assertThat(page.getCurrentUrl()).contains("turn=1");
        assertThat(page.findElement(By.id("review-requested")).getText())
                .contains("You asked a trainer to look at this answer again on", "\u201c" + note + "\u201d")
                .endsWith("It waits for a trainer: its score may still change.");
        assertThat(page.findElements(By.id("ask-review-details")))
                .as("once an answer")
                .isEmpty();
        assertThat(page.findElement(By.id("result-review")).getText()).contains("this result may still change");
        Accessibility.assertNoSeriousViolations(page, "an earlier answer's feedback with a request to look again");
        browser.screenshot("trainee-review-request");

        List<JsonObject> turns = api.get("/api/attempts/" + attempt, trainee)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getValuesAs(JsonObject.class);
        String second = plays.askForAnotherLook(trainee, attempt, 1, "I offered her the lemon loaf.");
        assertThat(browser.fetch(base + "trainer/attempt.xhtml?attempt=" + attempt, "status"))
                .as("a trainer's page")
                .isEqualTo("403");
        page.manage().deleteAllCookies();
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=" + slug);
        String turn = turns.get(0).getString("id");
        String section = "t" + turn.replace("-", "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(section)));
        assertThat(page.findElement(By.id(section + "-request")).getText())
                .startsWith("Trainee " + trainee + " asked you to look at this answer again (")
                .endsWith(note);
        assertThat(page.findElements(By.cssSelector("#" + section + "-request b")))
                .as("shown as text")
                .isEmpty();
        assertThat(page.findElements(By.id(section + "-earlier")))
                .as("the first answer has none")
                .isEmpty();
        String after = "t" + second.replace("-", "");
        WebElement earlier = page.findElement(By.id(after + "-earlier"));
        assertThat(earlier.findElement(By.tagName("summary")).getText()).isEqualTo("The exchange before this answer");
        earlier.findElement(By.tagName("summary")).click();
        assertThat(earlier.findElement(By.cssSelector(".line.you")).getText()).isEqualTo("The trainee: " + firstAnswer);
        Accessibility.assertNoSeriousViolations(page, "the review queue with a trainee's request");

        page.findElement(By.cssSelector("#" + section + " a[id$='attempt-link']"))
                .click();
        browser.waitForUrlContaining("trainer/attempt.xhtml?attempt=" + attempt);
        String name = "Trainee " + trainee;
        assertThat(page.findElement(By.id("attempt-heading")).getText()).startsWith(name + "’s attempt at “");
        assertThat(page.findElement(By.id("attempt-trainee")).getText()).isEqualTo(name + " (" + trainee + ")");
        assertThat(page.findElements(By.cssSelector("#answers > li"))).hasSize(turns.size());
        assertThat(page.findElement(By.cssSelector("#answer-1 .line.you")).getText())
                .as("the trainee's words, named, not \"You\"")
                .isEqualTo(name + ": " + firstAnswer);
        assertThat(page.findElement(By.id("answer-1-request")).getText()).contains(name + " asked", note);
        assertThat(page.findElement(By.cssSelector("#answer-1 tr[data-criterion='own-the-mistake']"))
                        .getText())
                .startsWith("Takes the blame and apologizes Met");
        assertThat(page.findElement(By.id("attempt-result")).getText()).contains("points");
        assertThat(page.findElement(By.cssSelector("#answer-1 a.review-link")).getAttribute("href"))
                .as("the answer waits in the queue: a link to it there")
                .contains("trainer/review.xhtml?scenario=" + slug)
                .endsWith("#" + section);
        assertThat(page.findElements(By.cssSelector("main textarea, main input[type=submit], main button")))
                .as("nothing to answer or ask for on a trainee's behalf")
                .isEmpty();
        Accessibility.assertNoSeriousViolations(page, "a trainee's attempt as a trainer reads it");
        browser.screenshot("trainer-trainee-attempt");

        page.get(base.toExternalForm() + "play.xhtml?attempt=" + attempt);
        browser.waitForUrlContaining("trainer/attempt.xhtml?attempt=" + attempt);
        page.manage().window().setSize(new Dimension(375, 812));
        page.navigate().refresh();
        assertThat(browser.fitsTheWidth())
                .as("a trainee's attempt fits 375 px; too wide: %s", browser.tooWide())
                .isTrue();
        assertThat(browser.fetch(base + "trainer/attempt.xhtml?attempt=" + UUID.randomUUID(), "status"))
                .isEqualTo("404");
    }

    /**
     * A trainer rewrites the first customer line and what the trainee knows after an attempt was played, publishes and
     * rescores: the trainee, the trainer's attempt page and the review queue still show what the trainee read then.
     */
    @Test
    void shouldShowEachAnswerBesideTheLineItAnsweredThoughTheScriptChangedSince() throws Exception {
        Api api = new Api(base);
        String slug = ScenarioCopies.publishedCopy(api, "mixed-up-order", "rewritten");
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("rewritten");
        JsonObject started = plays.start(trainee, slug);
        String attempt = started.getString("id");
        String played = started.getJsonObject("currentStep").getString("customerLine");
        plays.playToTheEnd(trainee, started, step -> plays.goodAnswer(slug, step));
        String turn = plays.askForAnotherLook(trainee, attempt, 0, "I said sorry first.");

        String rewritten = "You've brought me a latte again. Is anyone listening back there?";
        JsonObject read = api.get("/api/scenarios/" + slug, "trainer").json().asJsonObject();
        String known = read.getJsonObject("situation").getString("known");
        String nowKnown = "The bakery next door sells the same oat milk.";
        JsonObject scenario = Json.createObjectBuilder(read)
                .add(
                        "situation",
                        Json.createObjectBuilder(read.getJsonObject("situation"))
                                .add("known", nowKnown))
                .build();
        JsonArray steps = scenario.getJsonArray("steps");
        JsonArray edited = Json.createArrayBuilder(steps)
                .set(0, Json.createObjectBuilder(steps.getJsonObject(0)).add("customerLine", rewritten))
                .build();
        Api.Reply saved = api.putJson(
                "/api/scenarios/" + slug,
                "trainer",
                ScenarioEdits.of(
                        scenario, scenario.getJsonNumber("version").longValue(), scenario.getString("title"), edited));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        Api.Reply rescore = Rescores.start(api, slug, 2, "The first line rewritten.");
        assertThat(Rescores.ended(api, rescore.location()).getString("status")).isEqualTo("DONE");

        JsonObject after = api.get("/api/attempts/" + attempt, trainee).json().asJsonObject();
        assertThat(after.getInt("rubricVersion")).isEqualTo(2);
        assertThat(after.getJsonArray("turns")
                        .getJsonObject(0)
                        .getJsonObject("prompt")
                        .getString("customerLine"))
                .isEqualTo(played);
        assertThat(after.getJsonObject("situation").getString("known")).isEqualTo(known);
        assertThat(plays.start(trainee, slug).getJsonObject("currentStep").getString("customerLine"))
                .as("a new attempt plays the new line")
                .isEqualTo(rewritten);

        browser.logIn(base, trainee);
        page.get(base.toExternalForm() + "play.xhtml?attempt=" + attempt);
        assertThat(page.findElement(By.cssSelector("#conversation > li:first-child .line.customer"))
                        .getText())
                .contains(played)
                .doesNotContain(rewritten);
        assertThat(page.findElement(By.id("situation")).getText())
                .contains(known)
                .doesNotContain(nowKnown);
        page.manage().deleteAllCookies();
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/attempt.xhtml?attempt=" + attempt);
        assertThat(page.findElement(By.cssSelector("#answer-1 .line.customer")).getText())
                .contains(played)
                .doesNotContain(rewritten);
        page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=" + slug);
        String section = "t" + turn.replace("-", "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(section)));
        assertThat(page.findElement(By.cssSelector("#" + section + " .customer-line"))
                        .getText())
                .contains(played)
                .doesNotContain(rewritten);
    }

    @Test
    void shouldFollowTheScenariosATrainerLooksAfterAndShowTheirAnswersOnly() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("followed");
        // Not an answer another test settles: the scorer learns from those and is sure of them afterwards.
        JsonObject turn =
                doubtful(plays, trainee, plays.start(trainee, "mixed-up-order").getString("id"), MANAGER);
        By item = By.id("t" + turn.getString("id").replace("-", ""));
        try {
            browser.logIn(base, "trainer");
            page.get(base.toExternalForm() + "trainer/review.xhtml?followed=true");
            assertThat(page.findElement(By.id("messages")).getText())
                    .startsWith("You follow no scenario yet: follow those you look after on the scenarios page.");

            page.get(base.toExternalForm() + "trainer/scenarios.xhtml");
            int all = api.get("/api/review", "trainer").json().asJsonObject().getInt("total");
            assertThat(page.findElement(By.cssSelector("#nav-review .nav-count"))
                            .getText())
                    .as("on every trainer's page, how many wait")
                    .isEqualTo(String.valueOf(all));
            assertThat(page.findElement(By.id("nav-review")).getAttribute("href"))
                    .doesNotContain("followed");
            long inTheScenario = api.get("/api/review?scenario=mixed-up-order", "trainer")
                    .json()
                    .asJsonObject()
                    .getInt("total");
            WebElement waiting = page.findElement(
                    By.xpath("//span[@data-slug='mixed-up-order']/ancestor::tr//a[contains(@id,':waiting')]"));
            assertThat(waiting.getText()).as("each scenario's own count").isEqualTo(String.valueOf(inTheScenario));
            assertThat(waiting.getAttribute("aria-label"))
                    .isEqualTo(inTheScenario + " waiting for review in “That's not my drink”");
            assertThat(waiting.getAttribute("href")).contains("review.xhtml?scenario=mixed-up-order");
            WebElement follow = followButton("genuine-welcome");
            assertThat(follow.getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(follow.getAttribute("aria-label")).isEqualTo("Follow: Your regular, in the middle of the rush");
            follow.click();
            wait.until(Browser.replaced(follow));
            assertThat(page.findElement(By.id("messages")).getText())
                    .isEqualTo(
                            "You follow “Your regular, in the middle of the rush”: your review digest now counts the answers"
                                    + " waiting in the scenario you follow.");
            assertThat(followButton("genuine-welcome").getAttribute("aria-pressed"))
                    .isEqualTo("true");
            assertThat(followButton("mixed-up-order").getAttribute("aria-pressed"))
                    .isEqualTo("false");
            Accessibility.assertNoSeriousViolations(page, "the scenarios page, following one");
            browser.screenshot("trainer-scenarios-following");

            page.findElement(By.id("nav-review")).click();
            wait.until(ExpectedConditions.urlContains("followed=true"));
            assertThat(page.findElement(By.id("followed")).isSelected())
                    .as("the header's link opens the scenarios followed")
                    .isTrue();
            assertThat(page.findElements(item)).as("not a scenario followed").isEmpty();
            page.findElement(By.id("followed")).click();
            page.findElement(By.id("apply")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("followed=true")));
            assertThat(page.findElements(item)).as("every scenario").hasSize(1);

            page.get(base.toExternalForm() + "trainer/scenarios.xhtml");
            follow = followButton("mixed-up-order");
            follow.click();
            wait.until(Browser.replaced(follow));
            assertThat(page.findElement(By.id("messages")).getText())
                    .contains("counts the answers waiting in the 2 scenarios you follow.");
            int theirs = api.get("/api/review?followed=true", "trainer")
                    .json()
                    .asJsonObject()
                    .getInt("total");
            WebElement nav = page.findElement(By.id("nav-review"));
            assertThat(nav.findElement(By.className("nav-count")).getText()).isEqualTo(String.valueOf(theirs));
            assertThat(nav.getAttribute("textContent").replaceAll("\\s+", " "))
                    .as("what a screen reader hears")
                    .contains(
                            theirs == 1
                                    ? ": one answer waits in the scenarios you follow"
                                    : ": " + theirs + " answers wait in the scenarios you follow");
            assertThat(nav.getAttribute("href")).contains("followed=true");
            page.get(base.toExternalForm() + "trainer/review.xhtml?followed=true");
            assertThat(page.findElements(item)).as("followed now").hasSize(1);

            page.get(base.toExternalForm() + "trainer/scenarios.xhtml");
            follow = followButton("genuine-welcome");
            follow.click();
            wait.until(Browser.replaced(follow));
            assertThat(page.findElement(By.id("messages")).getText())
                    .isEqualTo(
                            "You no longer follow “Your regular, in the middle of the rush”: your review digest counts the"
                                    + " scenario you still follow.");
            assertThat(followButton("genuine-welcome").getAttribute("aria-pressed"))
                    .isEqualTo("false");
            assertThat(api.get("/api/me/scenarios", "trainer").json().asJsonArray())
                    .extracting(s -> s.asJsonObject().getString("slug"))
                    .containsExactly("mixed-up-order");
        } finally {
            api.delete("/api/me/scenarios/mixed-up-order", "trainer");
            api.delete("/api/me/scenarios/genuine-welcome", "trainer");
        }
    }

    @Test
    void shouldPageThroughALongQueueOldestFirstAndKeepTheFiltersFromPageToPage() throws Exception {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("backlog");
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String attempt = plays.start(trainee, "mixed-up-order").getString("id");
            turns.add(doubtful(plays, trainee, attempt, MANAGER).getString("id"));
            api.postJson("/api/attempts/" + attempt + "/abandon", trainee, "");
        }
        try {
            int waiting = api.get("/api/review?scenario=mixed-up-order", "trainer")
                    .json()
                    .asJsonObject()
                    .getInt("total");
            browser.logIn(base, "trainer");
            page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=mixed-up-order");
            assertThat(page.findElement(By.id("review-count")).getText())
                    .isEqualTo(waiting + " answers wait for review, oldest first. These are 1–20:");
            assertThat(page.findElements(By.cssSelector("section.review-item"))).hasSize(20);
            assertThat(page.findElements(By.id("previous"))).isEmpty();

            page.findElement(By.id("next")).click();
            wait.until(ExpectedConditions.urlContains("page=1"));
            assertThat(page.getCurrentUrl()).as("the filter kept").contains("scenario=mixed-up-order");
            assertThat(page.findElement(By.id("review-count")).getText())
                    .endsWith("These are 21–" + Math.min(40, waiting) + ":");
            String newest = "t" + turns.get(turns.size() - 1).replace("-", "");
            if (waiting <= 40) {
                assertThat(page.findElements(By.id(newest)))
                        .as("the newest, last")
                        .hasSize(1);
            }
            Accessibility.assertNoSeriousViolations(page, "the review queue's second page");

            // A page past the end (the last answers settled by someone else meanwhile) shows the last.
            page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=mixed-up-order&page=99");
            assertThat(page.findElement(By.id("review-count")).getText())
                    .endsWith("These are " + ((waiting - 1) / 20 * 20 + 1) + "–" + waiting + ":");
            page.findElement(By.id("previous")).click();
            wait.until(Browser.textIn(By.id("review-count"), "These are 1–20:"));

            // These attempts were abandoned: a review of their answers settles no result, and says so.
            List<JsonObject> queue = api.get("/api/review?scenario=mixed-up-order&size=200", "trainer")
                    .json()
                    .asJsonObject()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            int oldest =
                    queue.stream().map(item -> item.getString("turn")).toList().indexOf(turns.get(0));
            assertThat(queue.get(oldest).getString("attemptStatus")).isEqualTo("ABANDONED");
            page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=mixed-up-order&page=" + oldest / 20);
            String anchor = "t" + turns.get(0).replace("-", "");
            assertThat(page.findElement(By.id(anchor + "-abandoned")).getText())
                    .startsWith("The trainee abandoned this attempt: your levels change no result");
        } finally {
            // Settled by hand, so that the other tests find theirs on the first page.
            for (String turn : turns) {
                TestDatabase.updateOne("update turn set under_review = false where id = ?", UUID.fromString(turn));
            }
        }
    }

    /** The follow button on a scenario's row of the scenarios page. */
    private WebElement followButton(String slug) {
        return page.findElement(
                By.xpath("//span[@data-slug='" + slug + "']/ancestor::tr//input[contains(@id,':follow')]"));
    }

    /** The turn of an answer to the wrong-drink step that the scorer is unsure about, so it waits for review. */
    private static JsonObject doubtful(RolePlays plays, String trainee, String attempt, String answer) {
        JsonObject turn = plays.answer(trainee, attempt, "wrong-drink", answer)
                .json()
                .asJsonObject()
                .getJsonObject("turn");
        assertThat(turn.getBoolean("underReview"))
                .as("the scorer is unsure: %s", turn)
                .isTrue();
        return turn;
    }
}
