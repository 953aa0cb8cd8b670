package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.LateLists;
import it.support.RolePlays;
import it.support.RubricDrafts;
import it.support.ScenarioEdits;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainer's authoring pages in Chromium: the scenario list, a script, a rubric draft edited,
 * tried and published, a stale save, programs started and changed, the 403 page for a trainee, and the language
 * switch. Each test works on its own seeded scenario, so the order they run in does not matter.
 */
class TrainerPagesIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldEditARubricDraftTryAnswersAndPublishTheNextVersion() {
        logIn("trainer");
        open("trainer/scenarios.xhtml");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Authoring");
        assertThat(page.findElement(By.id("authoring-list")).getText())
                .contains("The gift that isn't on the shelf", "Published", "Version 1");
        Accessibility.assertNoSeriousViolations(page, "the scenario list");
        browser.screenshot("trainer-scenarios");

        page.findElement(By.cssSelector("a[title='Rubric: The gift that isn\\'t on the shelf']"))
                .click();
        wait.until(ExpectedConditions.urlContains("rubric.xhtml?slug=fetch-from-another-branch"));
        assertThat(page.findElement(By.id("nav-authoring")).getAttribute("aria-current"))
                .as("a rubric is reached from Authoring, which stays marked")
                .isEqualTo("true");
        WebElement title = criterionField("offer-to-phone-branch", "criterionTitle");
        title.clear();
        title.sendKeys("Offers to phone the other branch right away");
        page.findElement(By.id("rubric:saveButton")).click();

        waitForMessage("The draft is saved as version");
        assertThat(criterionField("offer-to-phone-branch", "criterionTitle").getAttribute("value"))
                .isEqualTo("Offers to phone the other branch right away");
        Accessibility.assertNoSeriousViolations(page, "the rubric page");

        // The editor runs to many screens; its contents lead straight to a criterion or the trial.
        WebElement contents = page.findElement(By.id("contents"));
        assertThat(contents.findElements(By.tagName("a")))
                .extracting(WebElement::getText)
                .contains("Try an answer", "Check the rubric against its own examples")
                .anySatisfy(link -> assertThat(link).endsWith(": Offers to phone the other branch right away"));
        contents.findElement(By.partialLinkText("Offers to phone the other branch right away"))
                .click();
        wait.until(d -> inView(page.findElement(By.cssSelector("fieldset[data-key='offer-to-phone-branch']"))));
        contents.findElement(By.linkText("Try an answer")).click();
        wait.until(d -> inView(page.findElement(By.id("trial-heading"))));

        score(
                "not-on-shelf",
                "I'm sorry, we've sold out here. Shall I ring our other branch and see if they've got one?");
        assertThat(page.findElement(By.cssSelector("#card-criteria tr[data-key='offer-to-phone-branch']"))
                        .getAttribute("class"))
                .isEqualTo("met");
        page.findElement(By.cssSelector("#evidence summary")).click();
        assertThat(page.findElements(By.cssSelector("#highlighted mark")))
                .extracting(WebElement::getText)
                .anySatisfy(mark -> assertThat(mark).containsIgnoringCase("ring"));
        Accessibility.assertNoSeriousViolations(page, "the rubric page with a score card");
        browser.screenshot("trainer-rubric-score-card");

        score("not-on-shelf", "<script>alert(1)</script> Shall I ring our other branch and see if they've got one?");
        page.findElement(By.cssSelector("#evidence summary")).click();
        assertThat(page.findElement(By.id("highlighted")).getText()).startsWith("<script>alert(1)</script>");
        assertThat(page.findElements(By.cssSelector("#highlighted script"))).isEmpty();
        assertThat(page.getTitle()).contains("Rubric");

        score(
                "not-on-shelf",
                "I'm so sorry, we've sold out. You could ring our Market Street branch, they'll have one.");
        page.findElement(By.cssSelector("#evidence summary")).click();
        assertThat(page.findElement(By.cssSelector("#evidence li.hedge")).getText())
                .isEqualTo("Offers to phone the other branch right away: not the top level: “You could ring” leaves it "
                        + "to the customer");

        page.findElement(By.id("publish-open")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-question")));
        assertThat(question.getText()).isEqualTo("Publish as version 2?");
        Accessibility.assertNoSeriousViolations(page, "the publish dialog");
        browser.screenshot("trainer-publish-dialog");
        page.findElement(By.id("rubric:publishButton")).click();

        waitForMessage("Published as version 2.");
        assertThat(page.findElement(By.id("published-state")).getText()).contains("version 2");
        browser.screenshot("trainer-published");

        // What version 2 changed, for a trainer deciding whether to rescore.
        page.findElement(By.cssSelector("#versions summary")).click();
        assertThat(page.findElement(By.cssSelector("#versions summary")).getText())
                .startsWith("Published versions (2)");
        assertThat(page.findElement(By.cssSelector("#versions li[data-version='2'] .version-changes"))
                        .getText())
                .isEqualTo("Changed: Offers to phone the other branch right away (title)");
        assertThat(page.findElement(By.cssSelector("#versions li[data-version='1']"))
                        .getText())
                .startsWith("Version 1, published by")
                .contains("pass mark", "The first version.");
        Accessibility.assertNoSeriousViolations(page, "the published versions and their changes");
    }

    @Test
    void shouldRefuseAStaleSaveNamingWhoSavedAndKeepTheTypedText() {
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=free-upgrade");
        WebElement description = criterionField("level-with-her", "description");
        description.clear();
        description.sendKeys("My version of this criterion, typed in the browser.");

        Api api = new Api(base);
        JsonObject draft =
                api.get("api/scenarios/free-upgrade/rubric", "admin").json().asJsonObject();
        Api.Reply saved = api.putJson(
                "api/scenarios/free-upgrade/rubric",
                "admin",
                Json.createObjectBuilder()
                        .add("version", draft.getJsonNumber("version"))
                        .add("criteria", draft.getJsonArray("criteria"))
                        .build()
                        .toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        page.findElement(By.id("rubric:saveButton")).click();

        String message = waitForMessage("were not saved");
        assertThat(message).contains("admin saved this draft");
        assertThat(criterionField("level-with-her", "description").getAttribute("value"))
                .isEqualTo("My version of this criterion, typed in the browser.");
        browser.screenshot("trainer-rubric-conflict");
    }

    @Test
    void shouldShowAScriptAsAReadableFlowAndSaveAnEdit() {
        logIn("trainer");
        open("trainer/scenario.xhtml?slug=buy-the-missing-drink");

        String flow = page.findElement(By.id("flow")).getText();
        assertThat(flow).contains("If the answer met", "\u2192 step", "ends here");
        WebElement summary = page.findElement(By.id("scenario:summary"));
        summary.clear();
        summary.sendKeys("A guest orders a Diet Coke that the bar does not carry.");
        page.findElement(By.id("scenario:saveButton")).click();

        waitForMessage("The scenario is saved.");
        assertThat(page.findElement(By.id("scenario:summary")).getAttribute("value"))
                .isEqualTo("A guest orders a Diet Coke that the bar does not carry.");
        Accessibility.assertNoSeriousViolations(page, "the scenario page");
        browser.screenshot("trainer-scenario");

        // The address after the save still names the scenario: opening it again shows the saved text.
        assertThat(page.getCurrentUrl()).endsWith("trainer/scenario.xhtml?slug=buy-the-missing-drink");
        page.manage().window().setSize(new Dimension(375, 800));
        page.get(page.getCurrentUrl());
        assertThat(page.findElement(By.id("scenario:summary")).getAttribute("value"))
                .isEqualTo("A guest orders a Diet Coke that the bar does not carry.");
        assertThat(browser.fitsTheWidth()).as("the scenario page fits 375 px").isTrue();
        browser.screenshot("trainer-scenario-375px");
        open("trainer/rubric.xhtml?slug=buy-the-missing-drink");
        assertThat(browser.fitsTheWidth()).as("the rubric page fits 375 px").isTrue();
        browser.screenshot("trainer-rubric-375px");
    }

    /**
     * An installation seeded by an older ExtraMile is offered the library's edition: the list marks the scenario, its
     * page says what would change, each part ticked, and only the parts left ticked are loaded, once the trainer says
     * yes.
     */
    @Test
    void shouldLoadTheLibrarysNewEditionOfAScenarioIntoTheDraftAfterAsking() throws SQLException {
        String slug = "genuine-welcome";
        Api api = new Api(base);
        JsonObject draft =
                api.get("api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        JsonObject first = draft.getJsonArray("criteria").getJsonObject(0);
        String libraryTitle = first.getString("title");
        JsonArray retitled = Json.createArrayBuilder(draft.getJsonArray("criteria"))
                .set(0, Json.createObjectBuilder(first).add("title", "A hello she notices"))
                .build();
        assertThat(api.putJson(
                                "api/scenarios/" + slug + "/rubric",
                                "trainer",
                                Json.createObjectBuilder()
                                        .add("version", draft.getInt("version"))
                                        .add("criteria", retitled)
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(200);
        JsonObject scenario = api.get("api/scenarios/" + slug, "trainer").json().asJsonObject();
        JsonObject firstStep = scenario.getJsonArray("steps").getJsonObject(0);
        String libraryLine = firstStep.getString("customerLine");
        assertThat(api.putJson(
                                "api/scenarios/" + slug,
                                "trainer",
                                ScenarioEdits.of(
                                        scenario,
                                        scenario.getJsonNumber("version").longValue(),
                                        scenario.getString("title"),
                                        Json.createArrayBuilder(scenario.getJsonArray("steps"))
                                                .set(
                                                        0,
                                                        Json.createObjectBuilder(firstStep)
                                                                .add("customerLine", "Morning! The usual, please."))
                                                .build()))
                        .status())
                .isEqualTo(200);
        TestDatabase.updateOne("update library_seed set pack_digest = 'an-older-edition' where slug = ?", slug);

        logIn("trainer");
        open("trainer/scenarios.xhtml");
        page.findElement(By.cssSelector("a.library-update")).click();
        browser.waitForUrlContaining("trainer/scenario.xhtml?slug=" + slug);

        assertThat(page.findElement(By.id("library-update-changes")).getText())
                .isEqualTo("What it changes against this scenario and its draft rubric: untick what you keep as it is\n"
                        + "The script:\nSteps changed (a line, a stage direction or where an answer leads): "
                        + firstStep.getString("key") + "\nChanged: " + libraryTitle + " (title)");
        assertThat(page.findElements(By.cssSelector("#library-update-changes input[type=checkbox]")))
                .as("every part is ticked to start with")
                .hasSize(2)
                .allMatch(WebElement::isSelected);
        Accessibility.assertNoSeriousViolations(page, "the scenario page with a library update");
        browser.screenshot("trainer-library-update");
        // The trainer takes the script's fix and keeps their own title for the criterion.
        page.findElement(By.cssSelector("#library-update-changes [data-key] input"))
                .click();
        page.findElement(By.id("library-update:loadButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-update:load-confirm")));
        assertThat(page.switchTo().activeElement().getAttribute("id"))
                .as("the question's answer has the focus")
                .isEqualTo("library-update:confirmLoadButton");
        browser.screenshot("trainer-library-update-confirm");
        page.findElement(By.id("library-update:confirmLoadButton")).click();

        waitForMessage("of the library’s edition is loaded");
        assertThat(page.findElements(By.id("library-update"))).isEmpty();
        assertThat(api.get("api/scenarios/" + slug + "/rubric", "trainer")
                        .json()
                        .asJsonObject()
                        .getJsonArray("criteria")
                        .getJsonObject(0)
                        .getString("title"))
                .as("the criterion left unticked stays as the trainer had it")
                .isEqualTo("A hello she notices");
        assertThat(page.findElement(By.cssSelector("#flow .customer-line")).getText())
                .isEqualTo("\u201c" + libraryLine + "\u201d");
        open("trainer/scenarios.xhtml");
        assertThat(page.findElements(By.cssSelector("a.library-update"))).isEmpty();
    }

    @Test
    void shouldStartAScenarioAsADraftAndOpenItsScript() {
        logIn("trainer");
        open("trainer/scenarios.xhtml");
        page.findElement(By.id("new-scenario:summary")).sendKeys("A parcel arrives a day late.");
        page.findElement(By.id("new-scenario:create")).click();
        assertThat(waitForMessage("Title"))
                .contains("A title is required.")
                .as("the slug is made from the title, so the title's message says it all")
                .doesNotContain("slug");

        page.findElement(By.id("new-scenario:title")).sendKeys("The parcel that came late");
        page.findElement(By.id("new-scenario:create")).click();
        browser.waitForUrlContaining("trainer/scenario.xhtml?slug=the-parcel-that-came-late");
        assertThat(waitForMessage("is started")).contains("The parcel that came late");
        assertThat(page.findElement(By.id("scenario:title")).getAttribute("value"))
                .isEqualTo("The parcel that came late");

        open("trainer/scenarios.xhtml");
        assertThat(page.findElement(By.id("authoring-list")).getText()).contains("the-parcel-that-came-late", "Draft");
        Accessibility.assertNoSeriousViolations(page, "the authoring list with its new-scenario form");
        page.findElement(By.id("new-scenario:title")).sendKeys("The parcel that came late");
        page.findElement(By.id("new-scenario:summary")).sendKeys("Again.");
        page.findElement(By.id("new-scenario:create")).click();
        assertThat(waitForMessage("is taken")).contains("the-parcel-that-came-late");
    }

    @Test
    void shouldStartAProgramAndRefuseAStaleChangeKeepingTheTypedText() {
        // The program requires a draft nobody can play, so no other test's trainee earns its certificate.
        String scenario = "closing-time-" + System.nanoTime();
        Api api = new Api(base);
        Api.Reply draft = api.postJson(
                "api/scenarios",
                "trainer",
                Json.createObjectBuilder()
                        .add("slug", scenario)
                        .add("title", "Closing time " + scenario)
                        .add("summary", "A customer walks in as the shop closes.")
                        .build()
                        .toString());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String sale = api.get("api/scenarios/free-upgrade", "trainer")
                .json()
                .asJsonObject()
                .getString("title");

        logIn("trainer");
        open("trainer/scenarios.xhtml");
        page.findElement(By.id("nav-programs")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-list")));
        assertThat(page.findElement(By.id("nav-programs")).getAttribute("aria-current"))
                .as("the link to the page shown, for screen readers")
                .isEqualTo("page");
        assertThat(page.findElement(By.id("nav-authoring")).getAttribute("aria-current"))
                .isEqualTo("false");
        assertThat(page.findElements(By.id("area-nav")))
                .as("a trainer's pages are in the header")
                .isEmpty();
        assertThat(page.findElement(By.cssSelector(".program-row[data-slug='cx-essentials']"))
                        .getText())
                .contains("Customer Experience Essentials", sale, "Pass every one of them.", "valid for 12 months");
        Accessibility.assertNoSeriousViolations(page, "the programs page");

        String title = "Closing well " + System.nanoTime();
        page.findElement(By.id("program:title")).sendKeys(title);
        page.findElement(By.id("program:description")).sendKeys("Serving the last customer of the day well.");
        page.findElement(By.xpath("//label[contains(., 'Closing time " + scenario + " (draft)')]"))
                .click();
        page.findElement(By.id("program:minAverage")).sendKeys("150");
        WebElement validity = page.findElement(By.id("program:validity"));
        validity.clear();
        validity.sendKeys("24");
        page.findElement(By.id("program:dueDays")).sendKeys("45");
        page.findElement(By.id("program:save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")))
                        .getText())
                .contains("whole percentage from 0 to 100");

        WebElement average = page.findElement(By.id("program:minAverage"));
        average.clear();
        average.sendKeys("70");
        page.findElement(By.id("program:save")).click();
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        browser.waitForUrlContaining("trainer/programs.xhtml?slug=" + slug);
        assertThat(waitForMessage("is created")).contains(title);
        JsonObject created = api.get("api/programs/" + slug, "trainer").json().asJsonObject();
        assertThat(created.getJsonArray("scenarios").getString(0)).isEqualTo(scenario);
        assertThat(created.getJsonNumber("minAverage").doubleValue()).isEqualTo(0.7);
        assertThat(created.getInt("validityMonths")).isEqualTo(24);
        assertThat(created.getInt("dueDays")).isEqualTo(45);
        assertThat(page.findElement(By.cssSelector(".program-row[data-slug='" + slug + "']"))
                        .getText())
                .contains(
                        "at least 70%",
                        "valid for 24 months",
                        "Closing time " + scenario,
                        "Those hired before "
                                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(Locale.ENGLISH)
                                        .format(LocalDate.now())
                                + " count from that day")
                .contains("To be earned within 45 days of hire.")
                .contains("a draft: trainees cannot play it");

        Api.Reply theirs = api.putJson(
                "api/programs/" + slug,
                "admin",
                Json.createObjectBuilder(created)
                        .add("description", "The admin's words.")
                        .build()
                        .toString());
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        WebElement description = page.findElement(By.id("program:description"));
        description.clear();
        description.sendKeys("My words, typed in the browser.");
        page.findElement(By.id("program:save")).click();
        long read = created.getJsonNumber("version").longValue();
        assertThat(waitForMessage("were not saved")).contains("version " + read, "version " + (read + 1));
        assertThat(page.findElement(By.id("program:description")).getAttribute("value"))
                .isEqualTo("My words, typed in the browser.");

        page.findElement(By.id("program:reload")).click();
        wait.until(driver -> driver.findElement(By.id("program:description"))
                .getAttribute("value")
                .equals("The admin's words."));
        description = page.findElement(By.id("program:description"));
        description.clear();
        description.sendKeys("My words, after reading the admin's.");
        page.findElement(By.id("program:save")).click();
        waitForMessage("The program is saved.");
        assertThat(page.getCurrentUrl())
                .as("the address still names the program")
                .endsWith("?slug=" + slug);
        assertThat(api.get("api/programs/" + slug, "trainer")
                        .json()
                        .asJsonObject()
                        .getString("description"))
                .isEqualTo("My words, after reading the admin's.");
        browser.screenshot("trainer-programs");
    }

    @Test
    void shouldSayHowManyTraineesAChangedDeadlineMakesLateBeforeSaving() throws SQLException {
        // A 60-day deadline set 400 days ago, on a program requiring a draft: nobody can earn it.
        String scenario = "late-shift-" + System.nanoTime();
        Api api = new Api(base);
        assertThat(api.postJson(
                                "api/scenarios",
                                "trainer",
                                Json.createObjectBuilder()
                                        .add("slug", scenario)
                                        .add("title", "Late shift " + scenario)
                                        .add("summary", "A customer arrives as the shift ends.")
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(201);
        String program = "late-shift-" + System.nanoTime();
        assertThat(api.postJson(
                                "api/programs",
                                "trainer",
                                Json.createObjectBuilder()
                                        .add("slug", program)
                                        .add("title", "Late shift basics")
                                        .add("description", "Serving well at the end of a shift.")
                                        .add(
                                                "scenarios",
                                                Json.createArrayBuilder().add(scenario))
                                        .add("validityMonths", 12)
                                        .add("dueDays", 60)
                                        .add(
                                                "issuer",
                                                Json.createObjectBuilder()
                                                        .add("name", "Store Academy")
                                                        .add("url", "https://academy.example.org"))
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(201);
        LocalDate today = LocalDate.now();
        TestDatabase.updateOne("update program set due_since = ? where slug = ?", today.minusDays(400), program);
        // Late with 60 days; late only with 30; late with neither.
        for (int daysAgo : new int[] {100, 45, 10}) {
            TestDatabase.updateOne(
                    "update account set hire_date = ? where username = ?",
                    today.minusDays(daysAgo),
                    Trainees.create("hired-" + daysAgo + "-days-ago"));
        }
        long lateWith60 = LateLists.total(api, program);
        assertThat(lateWith60).isPositive();

        logIn("trainer");
        open("trainer/programs.xhtml?slug=" + program);
        WebElement days = page.findElement(By.id("program:dueDays"));
        days.clear();
        days.sendKeys("30"); // said while typing, before the field is left for Save
        String warning = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#program\\:dueDays-change .warning")))
                .getText();
        assertThat(page.findElement(By.id("program:dueDays-change")).getAttribute("role"))
                .isEqualTo("status");
        Accessibility.assertNoSeriousViolations(page, "the programs page with a deadline's change");
        browser.screenshot("trainer-programs-deadline-change");

        page.findElement(By.id("program:save")).click();
        String saved = waitForMessage("The program is saved.");
        long lateWith30 = LateLists.total(api, program);
        assertThat(lateWith30).as("the one hired 45 days ago is late now").isGreaterThan(lateWith60);
        assertThat(warning)
                .isEqualTo("If saved, " + lateWith30 + " trainees would be late from today: "
                        + (lateWith30 - lateWith60) + " more than now. HR’s dashboard lists who is late.");
        assertThat(saved).contains((lateWith30 - lateWith60) + " more trainee");

        // The API says the same before a script saves a change.
        JsonObject back = api.get("api/programs/" + program + "/deadline-change?dueDays=60", "hr")
                .json()
                .asJsonObject();
        assertThat(back.getJsonNumber("lateNow").longValue()).isEqualTo(lateWith30);
        assertThat(back.getJsonNumber("lateAfter").longValue()).isEqualTo(lateWith60);
        assertThat(api.get("api/programs/" + program + "/deadline-change", "trainer")
                        .json()
                        .asJsonObject()
                        .getJsonNumber("lateAfter")
                        .longValue())
                .as("no deadline, nobody late")
                .isZero();
        Api.Reply never = api.get("api/programs/" + program + "/deadline-change?dueDays=0", "trainer");
        assertThat(never.status()).isEqualTo(400);
        assertThat(never.body()).contains("'dueDays' is 1 to 3650");
        assertThat(api.get("api/programs/no-such-program/deadline-change?dueDays=30", "trainer")
                        .status())
                .isEqualTo(404);

        days = page.findElement(By.id("program:dueDays"));
        days.clear();
        days.sendKeys(Keys.TAB);
        // The hint of the saved deadline ("… as now") shows until the answer for the emptied field replaces it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#program\\:dueDays-change .hint"), "no trainee"));
        assertThat(page.findElement(By.cssSelector("#program\\:dueDays-change .hint"))
                        .getText())
                .as("without a deadline nobody is late")
                .isEqualTo("If saved, no trainee would be late today: " + lateWith30 + " fewer than now.");

        days.sendKeys("many", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".field-error"), "whole number of days"));
        assertThat(page.findElement(By.id("program:dueDays-change")).getText())
                .as("nothing said of a deadline that is not one")
                .isEmpty();
        assertThat(api.get("api/programs/" + program, "trainer")
                        .json()
                        .asJsonObject()
                        .getInt("dueDays"))
                .as("nothing saved while typing")
                .isEqualTo(30);
    }

    @Test
    void shouldImportAPackAsADraftDownloadItAgainAndArchiveIt() throws IOException {
        Path pack = Files.createTempFile("drink", ".pack.json");
        Files.writeString(
                pack,
                new Api(base)
                        .get("api/scenarios/buy-the-missing-drink/pack", "trainer")
                        .body());
        Path junk = Files.createTempFile("junk", ".json");
        Files.writeString(junk, "{\"scenario\": 1}");
        logIn("trainer");
        open("trainer/scenarios.xhtml");

        page.findElement(By.id("import-pack:importButton")).click();
        waitForMessage("Choose a pack file");
        page.findElement(By.id("import-pack:pack")).sendKeys(junk.toString());
        page.findElement(By.id("import-pack:importButton")).click();
        waitForMessage("Nothing was saved");
        assertThat(page.findElement(By.id("authoring-list")).getText())
                .as("a refused form leaves the list above it")
                .contains("buy-the-missing-drink");
        page.findElement(By.id("import-pack:pack")).sendKeys(pack.toString());
        page.findElement(By.id("import-pack:importButton")).click();
        waitForMessage("exists already");

        String slug = "drink-copy-" + System.nanoTime();
        page.findElement(By.id("import-pack:pack")).sendKeys(pack.toString());
        page.findElement(By.id("import-pack:packSlug")).sendKeys(slug);
        page.findElement(By.id("import-pack:importButton")).click();
        browser.waitForUrlContaining("trainer/scenario.xhtml?slug=" + slug);
        assertThat(waitForMessage("is imported")).contains("Diet Coke");

        // The link downloads with the page's own session, as a click would.
        String downloaded = browser.fetch(page.findElement(By.id("pack-link")).getAttribute("href"), "text()");
        JsonObject again = Json.createReader(new StringReader(downloaded)).readObject();
        assertThat(again.getJsonObject("scenario").getString("slug")).isEqualTo(slug);
        assertThat(again.getJsonObject("rubric").getJsonArray("criteria")).isNotEmpty();
        Accessibility.assertNoSeriousViolations(page, "the scenario page with its pack and archive");
        Api api = new Api(base);
        String program = slug + "-program";
        Api.Reply requiring = api.postJson(
                "api/programs",
                "trainer",
                Json.createObjectBuilder(api.get("api/programs/cx-essentials", "trainer")
                                .json()
                                .asJsonObject())
                        .remove("version")
                        .add("slug", program)
                        .add("title", "Drinks " + program)
                        .add("scenarios", Json.createArrayBuilder().add(slug))
                        .build()
                        .toString());
        assertThat(requiring.status()).as(requiring.toString()).isEqualTo(201);

        page.findElement(By.id("archive:archiveButton")).click();
        waitForMessage("is archived");
        assertThat(page.findElement(By.id("archived-note")).getText()).contains("Publish its rubric again");
        assertThat(new Api(base)
                        .get("api/scenarios/" + slug, "trainer")
                        .json()
                        .asJsonObject()
                        .getString("status"))
                .isEqualTo("ARCHIVED");

        open("trainer/programs.xhtml?slug=" + program);
        assertThat(page.findElement(By.cssSelector(".program-row[data-slug='" + program + "'] .required-scenarios"))
                        .getText())
                .as("a program no one can earn says why")
                .contains("archived: trainees cannot play it, so no one can earn this program");
        WebElement kept = page.findElement(By.xpath("//label[contains(., '(archived: untick it')]"));
        assertThat(page.findElement(By.id(kept.getAttribute("for"))).isSelected())
                .as("saving the program keeps the archived scenario until the trainer unticks it")
                .isTrue();
    }

    /** A trainer copies a library scenario to adapt it: the form offers a name and a title, and says why not. */
    @Test
    void shouldCopyAScenarioAsADraftToAdaptIt() {
        logIn("trainer");
        open("trainer/scenario.xhtml?slug=genuine-welcome");
        WebElement slugField = page.findElement(By.id("copy:copySlug"));
        WebElement titleField = page.findElement(By.id("copy:copyTitle"));
        String offeredSlug = slugField.getAttribute("value");
        String offeredTitle = titleField.getAttribute("value");

        slugField.clear();
        slugField.sendKeys("free-upgrade");
        page.findElement(By.id("copy:copyButton")).click();
        String refused = waitForMessage("exists already");
        String slug = "station-kiosk-" + System.nanoTime();
        page.findElement(By.id("copy:copySlug")).clear();
        page.findElement(By.id("copy:copySlug")).sendKeys(slug);
        page.findElement(By.id("copy:copyTitle")).clear();
        page.findElement(By.id("copy:copyTitle")).sendKeys("Your regular at the station kiosk");
        page.findElement(By.id("copy:copyButton")).click();
        browser.waitForUrlContaining("trainer/scenario.xhtml?slug=" + slug);
        String made = waitForMessage("This is the copy");

        assertThat(offeredSlug).isEqualTo("genuine-welcome-copy");
        assertThat(offeredTitle)
                .isEqualTo(new Api(base)
                                .get("api/scenarios/genuine-welcome", "trainer")
                                .json()
                                .asJsonObject()
                                .getString("title")
                        + " (copy)");
        assertThat(refused).contains("free-upgrade");
        assertThat(made).contains("Your regular at the station kiosk");
        assertThat(page.findElement(By.id("flow")).getText())
                .as("the copy has the original's script")
                .contains("her-usual");
        Accessibility.assertNoSeriousViolations(page, "a copy's scenario page");
        browser.screenshot("trainer-scenario-copied");
        JsonObject copy =
                new Api(base).get("api/scenarios/" + slug, "trainer").json().asJsonObject();
        assertThat(copy.getString("status")).isEqualTo("DRAFT");
        assertThat(copy.getString("title")).isEqualTo("Your regular at the station kiosk");
    }

    @Test
    void shouldPlayAWholeConversationThroughTheDraftFromTheTrial() {
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=free-upgrade");

        score("empty-shelf", "Sorry, we're out. I can order it in for you and you can pick it up later this week.");
        assertThat(page.findElement(By.id("card-next")).getText())
                .startsWith("This answer leads to not-again: “")
                .endsWith("(no branch was taken: the step’s default way on)");
        score("empty-shelf", "I'm so sorry, we've been out all week. Take the big jar instead, at no extra cost.");
        assertThat(page.findElement(By.id("card-next")).getText())
                .startsWith("This answer leads to stunned: “Wait — what?")
                .endsWith("(the branch for answers that meet “Lets her have the bigger jar at no extra cost, today” in"
                        + " full)");
        Accessibility.assertNoSeriousViolations(page, "the trial with where the answer leads");
        browser.screenshot("trainer-trial-leads-to");

        page.findElement(By.id("trial:answerNext")).click();
        wait.until(Browser.acrossSwaps(ExpectedConditions.invisibilityOfElementLocated(By.id("trial:card"))));
        assertThat(new Select(page.findElement(By.id("trial:step")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("stunned");
        assertThat(page.findElement(By.id("trial:answer")).getAttribute("value"))
                .isEmpty();
        wait.until(d -> "trial:answer".equals(d.switchTo().activeElement().getAttribute("id")));

        score("stunned", "You're welcome! Just show them the sticker at the till. Have a nice day!");
        assertThat(page.findElement(By.id("card-next")).getText())
                .isEqualTo("The role-play would end with this answer.");
        assertThat(page.findElements(By.id("trial:answerNext"))).isEmpty();
    }

    @Test
    void shouldKeepTheLevelsATrainerSetsWhenAVerdictIsWrong() throws SQLException {
        String answer = "Sorry about that, I will remake it for you now - label test " + System.nanoTime();
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=mixed-up-order");
        score(
                new Select(page.findElement(By.id("trial:step")))
                        .getOptions()
                        .get(0)
                        .getAttribute("value"),
                answer);

        page.findElement(By.cssSelector("#wrong summary")).click();
        WebElement row = page.findElement(By.cssSelector("#wrong-levels tbody tr"));
        String criterion = row.getAttribute("data-key");
        Select level = new Select(row.findElement(By.tagName("select")));
        String scorers = level.getFirstSelectedOption().getAttribute("value");
        String right = level.getOptions().stream()
                .map(option -> option.getAttribute("value"))
                .filter(name -> !name.equals(scorers))
                .findFirst()
                .orElseThrow();
        level.selectByValue(right);
        Accessibility.assertNoSeriousViolations(page, "the verdict-is-wrong form");
        browser.screenshot("trainer-verdict-wrong");
        page.findElement(By.id("trial:keepLabel")).click();

        wait.until(ExpectedConditions.textMatches(
                By.id("trial:trial-messages"), Pattern.compile("now has \\d+ labelled answers")));
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("select level, source, labelled_by from scoring_label"
                        + " where answer = ? and criterion = ? and rubric_version_id is null")) {
            query.setString(1, answer);
            query.setString(2, criterion);
            try (ResultSet label = query.executeQuery()) {
                assertThat(label.next()).as("a label kept for %s", criterion).isTrue();
                assertThat(label.getString("level")).isEqualTo(right);
                assertThat(label.getString("source")).isEqualTo("PREVIEW");
                assertThat(label.getString("labelled_by")).isEqualTo("trainer");
            }
        }
    }

    /** A trainer reads what the scorer learns from, a page at a time, and takes back a label given by mistake. */
    @Test
    void shouldShowWhatTheScorerLearnsFromAndTakeBackALabel() {
        String slug = "labels-" + System.nanoTime();
        Api api = new Api(base);
        Api.Reply copied = api.postJson("api/scenarios/mixed-up-order/copy", "trainer", "{\"slug\": \"" + slug + "\"}");
        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        String mistaken = "Not my problem, ask the barista. (labelled by mistake)";
        Api.Reply labelled = api.postJson(
                "api/scenarios/" + slug + "/preview/labels",
                "trainer",
                Json.createObjectBuilder()
                        .add("step", "wrong-drink")
                        .add("text", mistaken)
                        .add("levels", Json.createObjectBuilder().add("own-the-mistake", "fully"))
                        .build()
                        .toString());
        assertThat(labelled.status()).as(labelled.toString()).isEqualTo(201);
        int answers = labelled.json().asJsonObject().getInt("labelledAnswers");
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=" + slug);

        page.findElement(By.id("learning:showLabels")).click();
        WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("labels-state")));
        String stateText = state.getText();
        WebElement newest = page.findElement(By.cssSelector("#labels-table tbody tr"));
        String newestText = newest.getText();
        String newestSource = newest.getAttribute("data-source");
        int criteria =
                page.findElements(By.cssSelector("#labels-criteria tbody tr")).size();
        String heldOut = page.findElement(By.cssSelector("#labels-criteria tbody tr td.held-out"))
                .getText();
        Accessibility.assertNoSeriousViolations(page, "what the scorer learns from");
        browser.screenshot("trainer-labels");
        page.findElement(By.id("learning:disagreeing")).click();
        // The rows are read inside the wait: the table may be swapped again after the filtered caption shows.
        List<String> wrong = wait.until(Browser.acrossSwaps(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("#labels-table tbody tr"));
            return !rows.isEmpty()
                            && driver.findElement(By.id("labels-answers-caption"))
                                    .getText()
                                    .contains("of ")
                            && !driver.findElement(By.id("labels-answers-caption"))
                                    .getText()
                                    .contains("of " + answers + ".")
                    ? rows.stream()
                            .map(row -> row.findElement(By.className("disagreement"))
                                    .getText())
                            .toList()
                    : null;
        }));
        // Each criterion with what the scorer reads, in the rubric's level names.
        assertThat(wrong).allSatisfy(disagreement -> assertThat(disagreement)
                .startsWith("Fitted without this answer, the scorer gives another verdict on:")
                .containsPattern("\\(it reads (“[^”]+”|it as met)\\)"));
        Accessibility.assertNoSeriousViolations(page, "the answers the scorer gets wrong");
        page.findElement(By.id("learning:disagreeing")).click();
        wait.until(Browser.acrossSwaps(driver ->
                driver.findElement(By.id("labels-answers-caption")).getText().contains("of " + answers + ".")));
        newest = page.findElement(By.cssSelector("#labels-table tbody tr"));
        newest.findElement(By.tagName("button")).click();
        String removed = wait.until(Browser.acrossSwaps(driver -> {
            String text = driver.findElement(By.id("learning:labels-messages")).getText();
            return text.contains("no longer learns from") ? text : null;
        }));
        String after = page.findElement(By.id("labels-state")).getText();
        page.findElement(By.id("learning:olderLabels")).click();
        String older = wait.until(Browser.acrossSwaps(driver -> {
            String caption = driver.findElement(By.id("labels-answers-caption")).getText();
            return caption.contains("Answers 21 to 40") ? caption : null;
        }));

        assertThat(stateText).isEqualTo("The scorer is calibrated on these " + answers + " labelled answers.");
        assertThat(newestText).contains(mistaken, "Takes the blame and apologizes: fully", "Try an answer", "trainer");
        assertThat(newestSource).isEqualTo("PREVIEW");
        assertThat(criteria).isEqualTo(5);
        assertThat(heldOut).matches("(?s)\\d+ of \\d+ \\(\\d+%\\)\\s+missed \\d+, met wrongly \\d+");
        assertThat(removed).contains(mistaken);
        assertThat(after).isEqualTo("The scorer is calibrated on these " + (answers - 1) + " labelled answers.");
        assertThat(older).contains("of " + (answers - 1));
        assertThat(page.findElement(By.id("labels-table")).getText()).doesNotContain(mistaken);
    }

    @Test
    void shouldLetALevelNameTheWordsThatEarnIt() {
        String slug = copyOfTheDrinkScenario("level-words-");
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=" + slug);
        assertThat(page.findElements(By.cssSelector("fieldset.criterion[data-key='kind-no'] [id$=':levelIndicators']")))
                .as("words for every level but the first")
                .hasSize(2)
                .first()
                .satisfies(partly -> assertThat(partly.getAttribute("value")).isEqualTo("sorry\napologise"));
        Accessibility.assertNoSeriousViolations(page, "the rubric page with levels' words");

        page.findElement(By.id("check:checkButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-summary")));
        assertThat(page.findElements(
                        By.cssSelector("#check-findings li[data-key='kind-no'][data-kind='COUNTER_EXAMPLE_MET']")))
                .extracting(WebElement::getText)
                .anySatisfy(finding -> assertThat(finding)
                        .startsWith("Breaks the news kindly")
                        .contains("the counter-example “Sorry afraid unfortunately apologize.” earns"));
        Accessibility.assertNoSeriousViolations(page, "the rubric's self-check");
        browser.screenshot("trainer-rubric-self-check");

        score("diet-coke-order", "No can do on the cola tonight.");
        assertThat(page.findElement(By.cssSelector("#card-criteria tr[data-key='kind-no']"))
                        .getAttribute("class"))
                .isEqualTo("missed");

        WebElement partly = page.findElements(
                        By.cssSelector("fieldset.criterion[data-key='kind-no'] [id$=':levelIndicators']"))
                .get(0);
        partly.sendKeys("\nno can do");
        page.findElement(By.id("rubric:saveButton")).click();
        waitForMessage("The draft is saved as version");
        assertThat(new Api(base)
                                .get("api/scenarios/" + slug + "/rubric", "trainer")
                                .json()
                                .asJsonObject()
                                .getJsonArray("criteria")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(c -> c.getString("key").equals("kind-no"))
                                .findFirst()
                                .orElseThrow()
                                .getJsonArray("levels")
                                .getJsonObject(1)
                                .getJsonArray("indicators")
                                .getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("sorry", "apologise", "no can do");

        score("diet-coke-order", "No can do on the cola tonight.");
        WebElement kindNo = page.findElement(By.cssSelector("#card-criteria tr[data-key='kind-no']"));
        assertThat(kindNo.getAttribute("class")).isEqualTo("met");
        assertThat(kindNo.findElements(By.tagName("td")).get(1).getText()).isEqualTo("partly");

        score("diet-coke-order", "Désolé, nous n'avons pas de Coca light ce soir, je vais vous en chercher un.");
        assertThat(page.findElement(By.id("trial:card-unread")).getText())
                .as("an answer the scorer cannot read says so, not just that it missed")
                .isEqualTo("not scored: not in English (French)");
    }

    @Test
    void shouldAddAStepAndTheBranchThatLeadsToIt() {
        String slug = copyOfTheDrinkScenario("script-editing-");
        logIn("trainer");
        open("trainer/scenario.xhtml?slug=" + slug);
        int stepsBefore =
                page.findElements(By.cssSelector("fieldset.step-form")).size();

        page.findElement(By.id("scenario:addStep")).click();
        WebElement added = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("fieldset.step-form[data-step-index='" + stepsBefore + "']")));
        added.findElement(By.cssSelector("input[id$=':key']")).sendKeys("thanks-at-the-end");
        added.findElement(By.cssSelector("textarea[id$=':customerLine']"))
                .sendKeys("She raises her glass: \"You didn't have to do that. Thank you!\"");
        page.findElement(By.id("scenario:saveButton")).click();

        String refused = waitForMessage("thanks-at-the-end");
        assertThat(refused).contains("No path from the first step leads to the step 'thanks-at-the-end'");

        int branchesBefore =
                firstStep().findElements(By.cssSelector("fieldset.branch-form")).size();
        firstStep().findElement(By.cssSelector("input[id$=':addBranch']")).click();
        // The step is drawn again with one more branch: the new one is the last, once there is one more.
        WebElement branch = wait.until(Browser.acrossSwaps(driver -> {
            List<WebElement> branches = firstStep().findElements(By.cssSelector("fieldset.branch-form"));
            return branches.size() > branchesBefore ? branches.get(branches.size() - 1) : null;
        }));
        // The offer in full, the second criterion at any level met.
        List<WebElement> needed = branch.findElements(By.cssSelector("input[id*=':whenMet:']"));
        needed.get(0).click();
        needed.get(1).click();
        branch.findElements(By.cssSelector("input[id*=':whenMetInFull:']"))
                .get(0)
                .click();
        new Select(branch.findElement(By.cssSelector("select[id$=':next']"))).selectByValue("thanks-at-the-end");
        Accessibility.assertNoSeriousViolations(page, "the script editor with a new step and branch");
        browser.screenshot("trainer-script-branch");
        page.findElement(By.id("scenario:saveButton")).click();

        waitForMessage("The scenario is saved.");
        assertThat(page.findElement(By.id("flow")).getText())
                .containsPattern("If the answer met \u201c[^\u201d]+\u201d in full and \u201c[^\u201d]+\u201d"
                        + " \u2192 step thanks-at-the-end");
        JsonArray steps = new Api(base)
                .get("api/scenarios/" + slug + "/pack", "trainer")
                .json()
                .asJsonObject()
                .getJsonObject("scenario")
                .getJsonArray("steps");
        assertThat(steps.getJsonObject(stepsBefore).getString("key")).isEqualTo("thanks-at-the-end");
        assertThat(steps.getJsonObject(0).getJsonArray("branches").getValuesAs(JsonObject.class))
                .anySatisfy(fork -> {
                    assertThat(fork.getString("next")).isEqualTo("thanks-at-the-end");
                    assertThat(fork.getJsonArray("whenMet")).hasSize(2);
                    assertThat(fork.getJsonArray("whenMetInFull"))
                            .as("the first met at its top level only")
                            .containsExactly(fork.getJsonArray("whenMet").get(0));
                    assertThat(fork.getBoolean("inFull"))
                            .as("not every criterion is asked in full")
                            .isFalse();
                });
    }

    private WebElement firstStep() {
        return page.findElement(By.cssSelector("fieldset.step-form[data-step-index='0']"));
    }

    @Test
    void shouldHandBackTheTypedTextWhenThePageExpired() {
        logIn("trainer");
        open("trainer/scenario.xhtml?slug=mixed-up-order");
        WebElement summary = page.findElement(By.id("scenario:summary"));
        summary.clear();
        summary.sendKeys("A summary typed while the page was expiring.");
        // A view state the server never handed out is what it finds after the view was dropped.
        ((JavascriptExecutor) page)
                .executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                        + ".forEach(field => field.value = '-4242424242424242424:-4242424242424242424');");

        page.findElement(By.id("scenario:saveButton")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "This page has expired"));
        assertThat(page.findElements(By.cssSelector(".typed-text textarea")))
                .extracting(field -> field.getAttribute("value"))
                .contains("A summary typed while the page was expiring.");
        assertThat(page.getPageSource()).doesNotContain("\tat ").doesNotContain(".java:");
        Accessibility.assertNoSeriousViolations(page, "the expired page");
        browser.screenshot("error-expired");
    }

    @Test
    void shouldShowTheFriendlyNotFoundPageForAnUnknownScenario() {
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=no-such-scenario");

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(page.findElements(By.id("session")))
                .as("still logged in: the layout offers the trainer's pages and the logout")
                .hasSize(1);
        assertThat(page.getPageSource()).doesNotContain("\tat ").doesNotContain(".java:");
        Accessibility.assertNoSeriousViolations(page, "the 404 page");
        browser.screenshot("error-404");
    }

    @Test
    void shouldShowTheFriendlyForbiddenPageToATrainee() {
        logIn("trainee");
        open("trainer/scenarios.xhtml");

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not for your role");
        assertThat(page.getPageSource()).doesNotContain("\tat ").doesNotContain(".java:");
        assertThat(page.findElements(By.id("nav-authoring"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the 403 page");
        browser.screenshot("error-403");
    }

    @Test
    void shouldSwitchTheLanguageAndKeepItForTheSession() {
        logIn("trainer");
        open("trainer/scenarios.xhtml");

        page.findElement(By.cssSelector("#language button[lang='fr'], #language input[lang='fr']"))
                .click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Conception"));
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        open("trainer/rubric.xhtml?slug=genuine-welcome");
        assertThat(page.findElement(By.id("rubric-heading")).getText()).startsWith("Grille");
        score("her-usual", "Morning Mrs Okafor! Lovely to see you. The usual big oat flat white and a cinnamon bun?");
        page.findElement(By.cssSelector("#evidence summary")).click();
        // What each clause matched, and why a near miss did not count, are in French too, not the scorer's English.
        assertThat(page.findElements(By.cssSelector("#evidence .evidence-list li")))
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("(correspond à "))
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(
                                "exemplar '",
                                "indicator '",
                                "labelled answer '",
                                "ignored:",
                                "too weak",
                                "(in part)",
                                "(allowing a typo)"));
        page.findElement(By.id("check:checkButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-summary")));
        assertThat(page.findElements(By.cssSelector("#check-findings li[data-key] .evidence-list li")))
                .as("why a rubric's own example got its verdict, in French too")
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("(correspond à "))
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(
                                "exemplar '", "indicator '", "labelled answer '", "ignored:", "met:", "unsure"));
        Accessibility.assertNoSeriousViolations(page, "the rubric page in French");
        browser.screenshot("trainer-rubric-fr");
        page.findElement(By.cssSelector("#language input[lang='en']")).click();
        wait.until(ExpectedConditions.textMatches(By.id("rubric-heading"), Pattern.compile("^Rubric.*")));
    }

    /**
     * After publishing, the page says how many completed attempts an older version scored and rescores them with a
     * reason. A test connection holds a turn's row meanwhile, so the rescore is seen waiting to save, with its bar;
     * once let go, the page shows it done without a reload by hand.
     */
    @Test
    void shouldRescoreCompletedAttemptsFromTheRubricPageAndShowHowFarItIs() throws SQLException {
        String slug = copyOfTheDrinkScenario("rescore-");
        Api api = new Api(base);
        assertThat(api.postJson("api/scenarios/" + slug + "/rubric/publish", "trainer", "")
                        .status())
                .isEqualTo(201);
        RolePlays plays = new RolePlays(api);
        String trainee = Trainees.create("rescore-page");
        JsonObject attempt = plays.start(trainee, slug);
        plays.playToTheEnd(trainee, attempt, step -> plays.goodAnswer(slug, step));
        RubricDrafts.reword(api, slug);
        logIn("trainer");
        open("trainer/rubric.xhtml?slug=" + slug + "#rescore");
        assertThat(page.findElement(By.id("rescore-pending")).getText())
                .isEqualTo("Every completed attempt is scored with version 1.");
        assertThat(page.findElements(By.id("rescore-form"))).isEmpty();

        page.findElement(By.id("publish-open")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rubric:publishButton")))
                .click();
        assertThat(waitForMessage("Published as version 2."))
                .contains(
                        "One completed attempt was scored with older versions: you can rescore with version 2 below.");
        assertThat(page.findElement(By.id("rescore-pending")).getText())
                .isEqualTo("One completed attempt was scored with a version older than version 2.");
        page.findElement(By.id("rescore-form:rescoreButton")).click();
        assertThat(waitForMessage("Say why the attempts are rescored")).contains("the audit keeps it");

        try (Connection holder = TestDatabase.holdingTheFirstTurnOf(attempt.getString("id"))) {
            page.findElement(By.id("rescore-form:reason")).sendKeys("Version 2 reads a kind no better.");
            page.findElement(By.id("rescore-form:rescoreButton")).click();

            waitForMessage("The rescore with version 2 has started");
            WebElement status = wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rescore-running [aria-live]")));
            wait.until(ExpectedConditions.textToBePresentInElement(status, "saving the new scores"));
            assertThat(status.getText()).matches("All \\d+ answers scored; saving the new scores…");
            assertThat(page.findElement(By.id("rescore-running-label")).getText())
                    .startsWith("Rescoring with version 2, started by trainer on ");
            assertThat(page.findElement(By.cssSelector("#rescore-running progress"))
                            .getAttribute("value"))
                    .isEqualTo("100");
            assertThat(page.findElements(By.id("rescore-form")))
                    .as("no second start meanwhile")
                    .isEmpty();
            Accessibility.assertNoSeriousViolations(page, "the rubric page with a rescore going on");
            browser.screenshot("trainer-rescore-running");
        }

        WebElement done = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rescores tr[data-status='DONE']")));
        assertThat(done.getText())
                .contains("Version 2 reads a kind no better.", "trainer", "Done on")
                .contains("Now passing: 0 · no longer passing: 0");
        assertThat(page.findElement(By.id("rescore-pending")).getText())
                .isEqualTo("Every completed attempt is scored with version 2.");
        assertThat(page.findElements(By.id("rescore-running"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the rubric page after a rescore");
        browser.screenshot("trainer-rescore-done");
        assertThat(api.get("api/attempts/" + attempt.getString("id"), trainee)
                        .json()
                        .asJsonObject()
                        .getInt("rubricVersion"))
                .isEqualTo(2);

        // The trainee, reading the attempt again, is told why its score may have changed.
        page.findElement(By.id("session:logout")).click();
        logIn(trainee);
        open("play.xhtml?attempt=" + attempt.getString("id"));
        assertThat(page.findElement(By.id("result-rescored")).getText())
                .startsWith("A trainer rescored this attempt on ")
                .contains("with version 2 of the scenario’s rubric");
        open("history.xhtml");
        assertThat(page.findElement(By.cssSelector("#attempts tr[data-attempt='" + attempt.getString("id") + "']"))
                        .getText())
                .contains("rescored by a trainer on ");
        assertThat(api.get("api/me/attempts", trainee).json().asJsonObject().getJsonArray("attempts"))
                .singleElement()
                .satisfies(mine ->
                        assertThat(mine.asJsonObject().getString("rescoredAt")).isNotBlank());
    }

    /** A scenario of its own for a test that edits it: the library's drink story imported under a new slug. */
    private String copyOfTheDrinkScenario(String prefix) {
        String slug = prefix + System.nanoTime();
        Api api = new Api(base);
        JsonObject pack = api.get("api/scenarios/buy-the-missing-drink/pack", "trainer")
                .json()
                .asJsonObject();
        assertThat(api.postJson("api/scenarios/import?slug=" + slug, "trainer", pack.toString())
                        .status())
                .isEqualTo(201);
        return slug;
    }

    private void logIn(String username) {
        browser.logIn(base, username);
    }

    private void open(String path) {
        page.get(base.toExternalForm() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private WebElement criterionField(String criterion, String field) {
        return page.findElement(
                By.cssSelector("fieldset.criterion[data-key='" + criterion + "'] [id$=':" + field + "']"));
    }

    private void score(String step, String answer) {
        new Select(page.findElement(By.id("trial:step"))).selectByValue(step);
        WebElement text = page.findElement(By.id("trial:answer"));
        text.clear();
        text.sendKeys(answer);
        WebElement before =
                page.findElements(By.id("trial:card")).stream().findFirst().orElse(null);
        page.findElement(By.id("trial:scoreButton")).click();
        if (before != null) {
            wait.until(Browser.replaced(before));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trial:card")));
    }

    private String waitForMessage(String part) {
        // The messages are re-rendered by the save's Ajax answer: an element found just before is then replaced.
        return wait.until(Browser.acrossSwaps(driver -> {
            String text = driver.findElement(By.id("messages")).getText();
            return text.contains(part) ? text : null;
        }));
    }

    private boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) page)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;",
                        element);
    }
}
