package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainee's pages in Chromium: the catalogue, a role-play played to its result with feedback
 * after each turn, a deflection's missed must-have, an answer holding markup, resuming and a stale
 * tab, abandoning, the history and the certificates. Each test plays as its own trainee.
 */
class TraineePagesIT extends InBrowser {

    static final String SLUG = "free-upgrade";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    RolePlays plays;

    @BeforeEach
    void connect() {
        plays = new RolePlays(new Api(base));
    }

    @Test
    void shouldTellATraineeByWhenTheProgramIsToBeEarnedAndWhenItIsLate() throws SQLException {
        String trainee = Trainees.create("hired");
        TestDatabase.updateOne("update account set hire_date = date '2026-01-01' where username = ?", trainee);
        TestDatabase.updateOne("update program set due_days = 30 where slug = ?", "cx-essentials");
        try {
            logIn(trainee);
            WebElement due = page.findElement(By.id("due-cx-essentials"));
            assertThat(due.getText()).isEqualTo("It was to be earned by Jan 31, 2026: finish it as soon as you can.");
            assertThat(due.getAttribute("class")).isEqualTo("overdue");
            Accessibility.assertNoSeriousViolations(page, "the catalogue with a program overdue");

            // HR gives them until the end of next year: no longer late, and they see why the day moved.
            TestDatabase.updateOne(
                    "update account set employee_number = ? where username = ?", "X-" + trainee, trainee);
            Api.Reply extended = new Api(base)
                    .putJson(
                            "/api/people/X-" + trainee + "/deadlines/cx-essentials",
                            "hr",
                            "{\"dueBy\": \"2027-12-31\", \"reason\": \"Parental leave\"}");
            assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
            page.navigate().refresh();
            due = page.findElement(By.id("due-cx-essentials"));
            assertThat(due.getText()).isEqualTo("To be earned by Dec 31, 2027. HR moved this day for you.");
            assertThat(due.getAttribute("class")).isEqualTo("due");
        } finally {
            TestDatabase.updateOne("update program set due_days = null where slug = ?", "cx-essentials");
        }
    }

    @Test
    void shouldPlayAScenarioFromTheCatalogueToAPassWithFeedbackAfterEachTurn() {
        logIn(Trainees.create("player"));
        WebElement card = card(SLUG);
        assertThat(card.getText()).contains("Not started");
        assertThat(page.findElement(By.id("progress-cx-essentials")).getText()).isEqualTo("0 of 3 scenarios passed.");
        Accessibility.assertNoSeriousViolations(page, "the catalogue");
        browser.screenshot("trainee-catalogue");

        card.findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");
        assertThat(page.findElement(By.id("situation")).getText()).contains("Your customer");
        assertThat(page.findElement(By.id("customer-line")).getText()).contains("coconut oil");
        Accessibility.assertNoSeriousViolations(page, "the play page");

        String first = currentStep();
        WebElement box = answerBox();
        box.sendKeys(plays.goodAnswer(SLUG, first));
        assertThat(page.findElement(By.id("answer-count-value")).getText())
                .isEqualTo(String.valueOf(plays.goodAnswer(SLUG, first).length()));
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForFeedbackAfter(box);

        assertThat(page.findElements(By.cssSelector("#feedback-criteria li.met")))
                .isNotEmpty();
        assertThat(page.findElements(By.cssSelector("#highlighted mark"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector("#feedback-criteria li.met .quotes"))
                        .getText())
                .startsWith("Your words:");
        assertThat(page.findElement(By.id("conversation")).getText()).contains(plays.goodAnswer(SLUG, first));
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("feedback-heading");
        Accessibility.assertNoSeriousViolations(page, "the play page with feedback");
        browser.screenshot("trainee-play-feedback");

        page.manage().window().setSize(new Dimension(375, 900));
        page.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form:answer")));
        assertThat(browser.fitsTheWidth()).as("the play page fits 375 px").isTrue();
        browser.screenshot("trainee-play-375px");
        page.manage().window().setSize(new Dimension(1280, 900));

        for (int turn = 0; turn < 5 && page.findElements(By.id("result")).isEmpty(); turn++) {
            WebElement next = answerBox();
            next.sendKeys(plays.goodAnswer(SLUG, currentStep()));
            page.findElement(By.id("answer-form:sendButton")).click();
            waitForFeedbackAfter(next);
            assertThat(page.findElements(By.cssSelector("#feedback-criteria li.met")))
                    .isNotEmpty();
        }

        assertThat(page.findElement(By.id("result-heading")).getText()).isEqualTo("Passed");
        assertThat(page.findElement(By.id("result-points")).getText()).contains("Your score:", "%");
        assertThat(page.findElements(By.id("answer-form"))).isEmpty();
        assertThat(page.findElement(By.id("next:retryButton")).getAttribute("value"))
                .isEqualTo("Try this scenario again");
        Accessibility.assertNoSeriousViolations(page, "the result");
        browser.screenshot("trainee-play-result");

        open("scenarios.xhtml");
        assertThat(card(SLUG).getText()).contains("Passed", "Best score:");
        assertThat(page.findElement(By.id("progress-cx-essentials")).getText()).isEqualTo("1 of 3 scenarios passed.");
        assertThat(page.findElement(By.cssSelector("#program-cx-essentials progress"))
                        .getAttribute("value"))
                .isEqualTo("1");
        assertThat(page.findElement(By.cssSelector("#program-cx-essentials li[data-slug='" + SLUG + "']"))
                        .getText())
                .contains("passed, best score");
    }

    @Test
    void shouldShowAMissedMustHaveWithAModelAnswerAndResumeFromTheCatalogue() {
        String trainee = Trainees.create("deflector");
        logIn(trainee);
        card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");

        WebElement box = answerBox();
        box.sendKeys(plays.deflection(SLUG));
        page.findElement(By.id("answer-form:sendButton")).click();
        waitForFeedbackAfter(box);

        WebElement mustHave =
                page.findElement(By.cssSelector("#feedback-criteria li[data-key='bigger-jar-no-extra-cost']"));
        assertThat(mustHave.getAttribute("class")).isEqualTo("missed");
        assertThat(mustHave.getText()).contains("Missed", "An answer that works:");
        assertThat(mustHave.findElement(By.className("model-answer")).getText()).hasSizeGreaterThan(25);
        browser.screenshot("trainee-play-missed");

        open("scenarios.xhtml");
        WebElement card = card(SLUG);
        assertThat(card.getText()).contains("In progress");
        card.findElement(By.linkText("Continue")).click();
        browser.waitForUrlContaining("play.xhtml?attempt=");
        assertThat(page.findElement(By.id("conversation")).getText()).contains(plays.deflection(SLUG));
        String step = currentStep();
        assertThat(step).isEqualTo("not-again");

        String attempt = page.getCurrentUrl().replaceAll(".*attempt=([0-9a-f-]+).*", "$1");
        Api.Reply elsewhere = plays.answer(trainee, attempt, step, plays.goodAnswer(SLUG, step));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        WebElement stale = answerBox();
        stale.sendKeys("Typed in a tab that fell behind.");
        page.findElement(By.id("answer-form:sendButton")).click();
        wait.until(Browser.replaced(stale));

        String message = waitForMessage("moved on in another tab");
        assertThat(message).contains("what you typed is still in the box");
        assertThat(answerBox().getAttribute("value")).isEqualTo("Typed in a tab that fell behind.");
        assertThat(currentStep()).isEqualTo("stunned");
        browser.screenshot("trainee-play-stale");
    }

    @Test
    void shouldSayWhatTheTopLevelAsksForWhenACriterionIsMetInPart() {
        logIn(Trainees.create("in-part"));
        card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");

        WebElement box = answerBox();
        box.sendKeys(RolePlays.HEDGED_UPGRADE);
        page.findElement(By.id("answer-form:sendButton")).click();
        waitForFeedbackAfter(box);

        WebElement upgrade =
                page.findElement(By.cssSelector("#feedback-criteria li[data-key='bigger-jar-no-extra-cost']"));
        assertThat(upgrade.getAttribute("class")).isEqualTo("met");
        assertThat(upgrade.findElement(By.className("hedge")).getText())
                .isEqualTo("Why not higher: “I might” only holds out the hope of it: say what you will do.");
        assertThat(upgrade.findElement(By.className("level-descriptor")).getText())
                .startsWith("“partly” is: Offers the bigger jar with some discount");
        assertThat(upgrade.findElements(By.className("criterion-feedback")))
                .as("no praise of what only the top level does")
                .isEmpty();
        assertThat(upgrade.findElement(By.className("top-level")).getText())
                .startsWith("To reach “fully”: Gives her the bigger jar today");
        assertThat(upgrade.findElement(By.className("model-answer")).getText()).hasSizeGreaterThan(25);
        Accessibility.assertNoSeriousViolations(page, "feedback on a criterion met in part");
    }

    @Test
    void shouldAskATraineeReadingFrenchToAnswerInEnglish() {
        logIn(Trainees.create("francophone"));
        page.findElement(By.cssSelector("#language button[lang='fr'], #language input[lang='fr']"))
                .click();
        wait.until(Browser.acrossSwaps(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr")));
        // The language's form may still be replacing the page: a card found just before is then stale.
        wait.until(Browser.acrossSwaps(driver -> {
            card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
            return true;
        }));
        browser.waitForUrlContaining("play.xhtml");

        assertThat(page.findElement(By.id("answer-language")).getText())
                .isEqualTo("Répondez en anglais : les jeux de rôle, et la notation de vos réponses, sont en anglais.");
        assertThat(answerBox().getAttribute("aria-describedby")).startsWith("answer-language ");
        Accessibility.assertNoSeriousViolations(page, "the play page in French");
    }

    private static final String IN_FRENCH = "Je suis vraiment désolé, nous n'avons plus cette huile de coco. Prenez le"
            + " grand pot, c'est le même prix, c'est pour moi.";

    /**
     * An answer in another language would wait for a trainer and send the role-play down the branch of an answer that
     * offered nothing: before it is sent, the trainee is told and may rewrite it, and nothing is stored until then.
     */
    @Test
    void shouldOfferToRewriteAnAnswerInAnotherLanguageBeforeSendingIt() {
        String trainee = Trainees.create("rewrites");
        logIn(trainee);
        card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");
        String attempt = page.getCurrentUrl().replaceAll(".*attempt=([0-9a-f-]+).*", "$1");
        String first = currentStep();

        WebElement box = answerBox();
        box.sendKeys(IN_FRENCH);
        page.findElement(By.id("answer-form:sendButton")).click();
        WebElement confirm =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form:language-confirm")));
        assertThat(confirm.getText())
                .startsWith("Your answer seems to be in French, and the instant scoring reads English only.")
                .contains("Rewrite it in English to get your feedback now.");
        assertThat(page.switchTo().activeElement().getAttribute("id"))
                .as("the choice has the focus")
                .isEqualTo("answer-form:rewriteButton");
        assertThat(answerBox().getAttribute("value")).isEqualTo(IN_FRENCH);
        Accessibility.assertNoSeriousViolations(page, "an answer in French held back");
        assertThat(new Api(base)
                        .get("/api/attempts/" + attempt, trainee)
                        .json()
                        .asJsonObject()
                        .getJsonArray("turns"))
                .as("nothing sent yet")
                .isEmpty();

        page.findElement(By.id("answer-form:rewriteButton")).click();
        wait.until(Browser.acrossSwaps(
                ExpectedConditions.invisibilityOfElementLocated(By.id("answer-form:language-confirm"))));
        WebElement again = answerBox();
        assertThat(page.switchTo().activeElement().getAttribute("id"))
                .as("back in the answer box")
                .isEqualTo("answer-form:answer");
        again.clear();
        again.sendKeys(plays.goodAnswer(SLUG, first));
        page.findElement(By.id("answer-form:sendButton")).click();
        waitForFeedbackAfter(again);

        assertThat(page.findElements(By.id("turn-unread"))).isEmpty();
        assertThat(page.findElement(By.id("turn-points")).getText()).doesNotStartWith("0 /");
        assertThat(new Api(base)
                        .get("/api/attempts/" + attempt, trainee)
                        .json()
                        .asJsonObject()
                        .getJsonArray("turns"))
                .as("the English answer, once")
                .hasSize(1);
    }

    /**
     * Scored as English, an answer in French would miss everything with no reason given: it goes unscored to a trainer,
     * and the trainee reads why instead of verdicts that judge nothing; once the trainer set the levels, the feedback.
     */
    @Test
    void shouldLeaveAnAnswerInFrenchToATrainerAndSaySoInsteadOfVerdicts() {
        String trainee = Trainees.create("in-french");
        logIn(trainee);
        card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");
        String attempt = page.getCurrentUrl().replaceAll(".*attempt=([0-9a-f-]+).*", "$1");

        WebElement box = answerBox();
        box.sendKeys(IN_FRENCH);
        page.findElement(By.id("answer-form:sendButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form:sendAsWrittenButton")))
                .click();
        waitForFeedbackAfter(box);

        assertThat(page.findElement(By.id("turn-unread")).getText())
                .startsWith("Your answer is not in English (French), and the instant scoring reads English only:"
                        + " a trainer will score it.");
        assertThat(page.findElements(By.id("feedback-criteria")))
                .as("no verdicts that judged nothing")
                .isEmpty();
        assertThat(page.findElements(By.id("turn-points"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "an answer left to a trainer");
        String turn = new Api(base)
                .get("/api/attempts/" + attempt, trainee)
                .json()
                .asJsonObject()
                .getJsonArray("turns")
                .getJsonObject(0)
                .getString("id");

        page.manage().deleteAllCookies();
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/review.xhtml?scenario=" + SLUG);
        String section = "t" + turn.replace("-", "");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(section)));
        assertThat(item.findElement(By.className("unread-note")).getText())
                .isEqualTo("Not scored: the answer is not in English (French) and the scorer reads English only."
                        + " Set every level yourself; a reason is welcome but not needed.");
        assertThat(item.findElement(By.cssSelector("tr[data-criterion=bigger-jar-no-extra-cost] th"))
                        .getText())
                .contains("Not judged: the answer is not in English.")
                .as("not a doubt: nothing was judged")
                .doesNotContain("doubtful");
        assertThat(item.findElement(By.cssSelector("tr[data-criterion=bigger-jar-no-extra-cost] td"))
                        .getText())
                .as("no level from the scorer")
                .isEqualTo("\u2014");
        new Select(item.findElement(By.cssSelector("tr[data-criterion=bigger-jar-no-extra-cost] select")))
                .selectByVisibleText("fully");
        item.findElement(By.cssSelector("input[id$=':save']")).click();
        wait.until(Browser.textIn(By.id("main"), "is reviewed"));
        assertThat(new Api(base)
                        .get("/api/review/audit?attempt=" + attempt, "trainer")
                        .body())
                .as("no reason needed: the trainer's is the first judgement")
                .contains("judged by a trainer: the scorer does not read answers in other languages");

        page.manage().deleteAllCookies();
        logIn(trainee);
        page.get(base.toExternalForm() + "play.xhtml?attempt=" + attempt);
        assertThat(page.findElements(By.id("turn-unread"))).isEmpty();
        assertThat(page.findElement(By.cssSelector("#feedback-criteria li[data-key='bigger-jar-no-extra-cost']"))
                        .getAttribute("class"))
                .isEqualTo("met");
    }

    @Test
    void shouldShowAnAnswerHoldingMarkupAsTextAndAbandonAfterConfirming() {
        logIn(Trainees.create("marker"));
        card(SLUG).findElement(By.cssSelector("input[id$=':playButton']")).click();
        browser.waitForUrlContaining("play.xhtml");
        String answer = "<script>alert(1)</script> " + plays.goodAnswer(SLUG, currentStep());
        assertThat(page.findElements(By.id("answer-language")))
                .as("read in English, nothing to say about the answer's language")
                .isEmpty();

        WebElement box = answerBox();
        box.sendKeys(answer);
        page.findElement(By.id("answer-form:sendButton")).click();
        waitForFeedbackAfter(box);

        assertThat(page.findElement(By.cssSelector("#conversation .answer-text"))
                        .getText())
                .startsWith("<script>alert(1)</script>");
        assertThat(page.findElement(By.id("highlighted")).getText()).startsWith("<script>alert(1)</script>");
        assertThat(page.findElements(By.cssSelector("main script:not([src])"))).isEmpty();

        page.findElement(By.id("answer-form:abandonButton")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("abandon-question")));
        assertThat(question.getText()).isEqualTo("Abandon this role-play?");
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-form:confirmAbandonButton");
        Accessibility.assertNoSeriousViolations(page, "the abandon question");
        page.findElement(By.id("answer-form:confirmAbandonButton")).click();

        browser.waitForUrlContaining("scenarios.xhtml");
        assertThat(waitForMessage("You abandoned")).contains("The sale jar");
        assertThat(card(SLUG).getText()).contains("Not started");
    }

    @Test
    void shouldNotTellATraineeThatAnAbandonedAttemptIsUnderReview() {
        String trainee = Trainees.create("quitter");
        JsonObject attempt = plays.start(trainee, SLUG);
        String id = attempt.getString("id");
        String step = attempt.getJsonObject("currentStep").getString("key");
        plays.answer(trainee, id, step, plays.goodAnswer(SLUG, step));
        plays.askForAnotherLook(trainee, id, 0, "I offered the upgrade, I think.");
        assertThat(new Api(base)
                        .postJson("/api/attempts/" + id + "/abandon", trainee, "")
                        .status())
                .isEqualTo(200);

        // The turn still waits in the trainers' queue (it teaches the scorer), but it settles no result of theirs.
        logIn(trainee);
        page.findElement(By.id("nav-history")).click();
        browser.waitForUrlContaining("history.xhtml");
        WebElement status =
                page.findElement(By.cssSelector("#attempts tr[data-attempt='" + id + "'] td:nth-of-type(2)"));
        assertThat(status.getText()).isEqualTo("Abandoned");
    }

    @Test
    void shouldShowTheHistoryAndTheCertificateWithItsDownloads() {
        String trainee = Trainees.create("certified");
        AtomicBoolean opening = new AtomicBoolean(true);
        plays.playToTheEnd(
                trainee,
                plays.start(trainee, SLUG),
                step -> opening.getAndSet(false) ? plays.deflection(SLUG) : plays.goodAnswer(SLUG, step));
        for (String slug : List.of(SLUG, "fetch-from-another-branch", "buy-the-missing-drink")) {
            JsonObject attempt = plays.start(trainee, slug);
            plays.playToTheEnd(trainee, attempt, step -> plays.goodAnswer(slug, step));
        }
        logIn(trainee);
        assertThat(page.findElement(By.id("certified-cx-essentials")).getText())
                .startsWith("You hold this program’s certificate, valid until");
        assertThat(page.findElements(By.id("progress-cx-essentials"))).isEmpty();

        page.findElement(By.id("nav-history")).click();
        browser.waitForUrlContaining("history.xhtml");
        WebElement row = page.findElement(By.cssSelector("#scores tr[data-slug='" + SLUG + "']"));
        assertThat(row.findElement(By.className("attempts")).getText()).isEqualTo("2");
        assertThat(row.findElement(By.className("best")).getText())
                .isEqualTo(row.findElement(By.className("latest")).getText())
                .isNotEqualTo(row.findElement(By.className("first")).getText());
        assertThat(page.findElements(By.cssSelector("#score-chart rect"))).hasSize(9);
        assertThat(page.findElements(By.cssSelector("#attempts tbody tr"))).hasSize(4);
        Accessibility.assertNoSeriousViolations(page, "the history");
        browser.screenshot("trainee-history");

        page.findElement(By.id("nav-certificates")).click();
        browser.waitForUrlContaining("certificates.xhtml");
        WebElement certificate = page.findElement(By.cssSelector("#certificate-list li.certificate"));
        assertThat(certificate.getText()).contains("Valid", "XM-");
        String link = certificate.findElement(By.className("verification-link")).getAttribute("value");
        assertThat(link).contains(certificate.getAttribute("data-serial"));
        assertThat(fetch(certificate.findElement(By.className("pdf-link")).getAttribute("href")))
                .isEqualTo("200 application/pdf");
        assertThat(fetch(
                        certificate.findElement(By.className("credential-link")).getAttribute("href")))
                .startsWith("200 application/vc+jwt");
        WebElement linkedIn = certificate.findElement(By.className("linkedin-link"));
        assertThat(linkedIn.getAttribute("href"))
                .startsWith(
                        "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Customer+Experience")
                .contains("&certId=" + certificate.getAttribute("data-serial"))
                .contains("&certUrl=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
        assertThat(linkedIn.getAttribute("target")).isEqualTo("_blank");
        assertThat(linkedIn.getAttribute("rel")).contains("noopener");
        assertThat(linkedIn.getAccessibleName()).isEqualTo("Add to LinkedIn (opens in a new tab)");
        certificate.findElement(By.className("copy-link")).click();
        wait.until(Browser.textIn(By.id("copy-status"), "copied"));
        Accessibility.assertNoSeriousViolations(page, "the certificates");
        browser.screenshot("trainee-certificates");

        String serial = certificate.getAttribute("data-serial");
        assertThat(new Api(base)
                        .postJson("/api/certificates/" + serial + "/revoke", "hr", "{\"reason\": \"Issued in error.\"}")
                        .status())
                .isEqualTo(200);
        page.navigate().refresh();
        WebElement revoked = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#certificate-list li.certificate")));
        assertThat(revoked.getText()).contains("Revoked");
        assertThat(revoked.findElements(By.className("linkedin-link")))
                .as("a revoked certificate is nothing to show on a profile")
                .isEmpty();
    }

    /** Fetches an address with the page's own session, as a click would: "status content-type". */
    private String fetch(String address) {
        return (String) ((JavascriptExecutor) page)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done(String(e)));",
                        address);
    }

    private void logIn(String username) {
        browser.logIn(base, username);
    }

    private void open(String path) {
        page.get(base.toExternalForm() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private WebElement card(String slug) {
        return page.findElement(By.cssSelector("#scenario-list li[data-slug='" + slug + "']"));
    }

    private WebElement answerBox() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form:answer")));
    }

    private String currentStep() {
        return page.findElement(By.id("current-step")).getAttribute("data-step");
    }

    private void waitForFeedbackAfter(WebElement sentFrom) {
        wait.until(Browser.replaced(sentFrom));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
    }

    private String waitForMessage(String part) {
        return wait.until(Browser.acrossSwaps(driver -> {
            String text = driver.findElement(By.id("messages")).getText();
            return text.contains(part) ? text : null;
        }));
    }
}
