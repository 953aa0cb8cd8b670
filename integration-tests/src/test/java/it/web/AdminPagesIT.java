package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.Jobs;
import it.support.RubricDrafts;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator's pages in Chromium: accounts and roles, branches, signing keys, settings, scheduled jobs; HR is
 * kept out.
 */
class AdminPagesIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    private String main() {
        return page.findElement(By.id("main")).getText();
    }

    private void click(By button, String expectedText) {
        page.findElement(button).click();
        wait.until(Browser.textIn(By.id("main"), expectedText));
    }

    private WebElement row(String attribute, String value) {
        return page.findElement(By.cssSelector("tr[" + attribute + "='" + value + "']"));
    }

    @Test
    void shouldFitEveryHrAndAdministrationPageOnAPhone() {
        browser.logIn(base, "admin");
        page.manage().window().setSize(new Dimension(375, 812));

        for (String path : List.of(
                "hr/dashboard",
                "hr/people",
                "hr/roster",
                "hr/records",
                "hr/audit",
                "admin/accounts",
                "admin/branches",
                "admin/keys",
                "admin/settings",
                "admin/jobs",
                "admin/mail")) {
            page.get(base.toExternalForm() + path + ".xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            browser.screenshot(path.replace('/', '-') + "-375px");
            assertThat(browser.fitsTheWidth())
                    .as("%s fits 375 px; too wide: %s", path, browser.tooWide())
                    .isTrue();
        }
    }

    /** Every page of the three areas in one row wrapped to three rows at 1,280 px. */
    @Test
    void shouldGiveAnAdministratorALinkPerAreaAndTheAreasPagesBelowTheHeader() {
        page.manage().window().setSize(new Dimension(1280, 900));
        browser.logIn(base, "admin");
        browser.waitForUrlContaining("/admin/accounts");

        List<WebElement> links = page.findElements(By.cssSelector(".app-nav a"));
        assertThat(links)
                .extracting(link -> link.getAttribute("id"))
                .containsExactly("nav-scenarios", "nav-verify", "area-trainer", "area-hr", "area-admin");
        assertThat(links)
                .extracting(link -> link.getLocation().getY())
                .as("the header's links fit one row")
                .containsOnly(links.get(0).getLocation().getY());
        assertThat(page.findElement(By.id("area-admin")).getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(page.findElement(By.id("area-nav")).getAccessibleName()).isEqualTo("Administration pages");
        assertThat(page.findElements(By.cssSelector("#area-nav a")))
                .extracting(WebElement::getText)
                .containsExactly("Accounts", "Branches", "Signing keys", "Settings", "Scheduled jobs", "Mail");
        assertThat(page.findElement(By.id("nav-admin-accounts")).getAttribute("aria-current"))
                .isEqualTo("page");
        Accessibility.assertNoSeriousViolations(page, "an administrator's navigation");
        browser.screenshot("admin-navigation");

        page.findElement(By.id("area-hr")).click();
        browser.waitForUrlContaining("/hr/dashboard");
        assertThat(page.findElement(By.id("area-hr")).getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(page.findElement(By.id("area-admin")).getAttribute("aria-current"))
                .isEqualTo("false");
        assertThat(page.findElement(By.id("area-nav")).getAccessibleName()).isEqualTo("HR pages");
        page.findElement(By.id("nav-hr-people")).click();
        browser.waitForUrlContaining("/hr/people");
        assertThat(page.findElement(By.id("nav-hr-people")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(page.findElement(By.id("nav-hr-dashboard")).getAttribute("aria-current"))
                .isEqualTo("false");

        page.findElement(By.id("nav-scenarios")).click();
        browser.waitForUrlContaining("/scenarios");
        assertThat(page.findElements(By.id("area-nav")))
                .as("the pages everyone has belong to no area")
                .isEmpty();
        assertThat(page.findElement(By.id("nav-scenarios")).getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void shouldChangeAUsersRolesAndDeactivateThemAfterAConfirmation() {
        String sam = Trainees.create("staffed");
        browser.logIn(base, "admin");
        browser.waitForUrlContaining("/admin/accounts");
        Accessibility.assertNoSeriousViolations(page, "the accounts page");

        page.findElement(By.id("q")).sendKeys(sam);
        page.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-username='" + sam + "']")));
        assertThat(page.findElements(By.cssSelector("#accounts-table tbody tr")))
                .hasSize(1);
        click(By.cssSelector("tr[data-username='" + sam + "'] input[id$=':edit']"), "At least one role");
        page.findElement(By.cssSelector("input[data-role='HR']")).click();
        Accessibility.assertNoSeriousViolations(page, "an account's roles");
        browser.screenshot("admin-account-roles");
        click(By.cssSelector("input[id$='save-roles']"), "are saved");

        assertThat(row("data-username", sam)
                        .findElement(By.cssSelector(".account-roles"))
                        .getText())
                .contains("HR")
                .contains("Trainee");
        assertThat(api.get("/api/people", sam).status()).isEqualTo(200);

        click(By.cssSelector("input[id$='deactivate']"), "can no longer log in");
        Accessibility.assertNoSeriousViolations(page, "the deactivation's confirmation");
        browser.screenshot("admin-account-deactivation");
        click(By.cssSelector("input[id$=':confirm']"), "is deactivated");
        assertThat(row("data-username", sam).getText()).contains("Deactivated");
        assertThat(api.get("/api/branches", sam).status()).isEqualTo(401);
    }

    @Test
    void shouldExplainThatAnAdministratorCannotRemoveTheirOwnAdministratorRole() {
        browser.logIn(base, "admin");
        page.get(base + "admin/accounts.xhtml?q=admin");
        click(By.cssSelector("tr[data-username='admin'] input[id$=':edit']"), "At least one role");

        page.findElement(By.cssSelector("input[data-role='HR']")).click();
        page.findElement(By.cssSelector("input[data-role='ADMIN']")).click();
        click(By.cssSelector("input[id$='save-roles']"), "your own Administrator role");

        assertThat(page.findElement(By.cssSelector("input[data-role='ADMIN']")).isSelected())
                .isTrue();
        assertThat(api.get("/api/admin/accounts", "admin").status()).isEqualTo(200);
    }

    @Test
    void shouldAddAndRenameABranch() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        browser.logIn(base, "admin");
        page.findElement(By.id("nav-admin-branches")).click();
        browser.waitForUrlContaining("/admin/branches");
        assertThat(row("data-code", "CITY")
                        .findElement(By.cssSelector(".branch-people"))
                        .getText())
                .isNotEqualTo("0");
        Accessibility.assertNoSeriousViolations(page, "the branches page");

        page.findElement(By.id("add:code")).sendKeys(code.toLowerCase());
        page.findElement(By.id("add:name")).sendKeys("Airport <Terminal 2>");
        click(By.id("add:add-branch"), "is added");

        assertThat(row("data-code", code).getText()).contains("Airport <Terminal 2>");
        assertThat(row("data-code", code)
                        .findElement(By.cssSelector(".branch-people"))
                        .getText())
                .isEqualTo("0");
        browser.screenshot("admin-branches");

        click(By.cssSelector("tr[data-code='" + code + "'] input[id$=':rename']"), "New name");
        WebElement name = page.findElement(By.cssSelector("tr[data-code='" + code + "'] input[type=text]"));
        name.clear();
        name.sendKeys("Airport Terminal 3");
        click(By.cssSelector("tr[data-code='" + code + "'] input[id$=':save-name']"), "is now called");
        assertThat(row("data-code", code).getText()).contains("Airport Terminal 3");
        assertThat(api.get("/api/branches", "hr").body()).contains("Airport Terminal 3");

        page.findElement(By.id("add:code")).sendKeys(code);
        page.findElement(By.id("add:name")).sendKeys("Twice");
        click(By.id("add:add-branch"), "exists already");
    }

    @Test
    void shouldRunTheCalibrationNowAndFollowItToItsOutcome() throws Exception {
        // A run now leaves the timer nothing due for ten minutes; then a version published has labels to fit.
        Jobs.start(api, "calibration");
        Jobs.finishedRun(api, "calibration");
        RubricDrafts.publishNext(api, "genuine-welcome");
        browser.logIn(base, "admin");
        page.findElement(By.id("nav-admin-jobs")).click();
        browser.waitForUrlContaining("/admin/jobs");
        assertThat(row("data-job", "expiry-notices").getText()).contains("Every day at 02:00");
        assertThat(row("data-job", "calibration").getText())
                .contains("Every 10 minutes")
                .containsPattern("(No|One|\\d+) rubric versions? (to calibrate|calibrated again)");
        Accessibility.assertNoSeriousViolations(page, "the scheduled jobs page");
        By calibration = By.cssSelector("tr[data-job='calibration'] input[id$=':run']");
        By status = By.cssSelector("tr[data-job='calibration'] .job-status");

        // While the database keeps the run from storing what it fitted, the page shows it running, step by step.
        try (Connection otherSession = TestDatabase.connect()) {
            otherSession.setAutoCommit(false);
            try (Statement lock = otherSession.createStatement()) {
                lock.execute("lock table rubric_calibration in exclusive mode");
            }
            page.findElement(calibration).click();
            wait.until(Browser.textIn(status, "0 of 1 rubric versions calibrated"));
            assertThat(page.findElement(By.cssSelector("tr[data-job='calibration'] progress"))
                            .getAttribute("aria-valuenow"))
                    .isEqualTo("0");
            assertThat(page.findElement(calibration).isEnabled()).isFalse();
            Accessibility.assertNoSeriousViolations(page, "a job running");
            browser.screenshot("admin-jobs-running");
            otherSession.commit();
        }

        // The page sees the run end and shows its outcome, with no reload by hand.
        wait.until(Browser.textIn(
                By.cssSelector("tr[data-job='calibration'] .job-outcome"), "One rubric version calibrated again"));
        assertThat(page.findElement(calibration).isEnabled()).isTrue();
        assertThat(page.findElements(status)).isEmpty();
        browser.screenshot("admin-jobs");

        // In French, what the page's bean wrote when it loaded (the schedules, the outcomes) is French as well.
        page.findElement(By.cssSelector("#language input[lang='fr'], #language button[lang='fr']"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tâches planifiées"));
        assertThat(row("data-job", "calibration").getText())
                .contains("Toutes les 10 minutes", "Une version de grille calibrée à nouveau");
        assertThat(row("data-job", "expiry-notices").getText()).contains("Chaque jour à 02:00");
    }

    @Test
    void shouldShowARunThatStartedAfterThePageLoadedWithNoReloadByHand() throws Exception {
        browser.logIn(base, "admin");
        page.get(base.toExternalForm() + "admin/jobs.xhtml");
        String shown = row("data-job", "expiry-notices").getAttribute("data-started");

        Jobs.start(api, "expiry-notices");
        String started = Jobs.finishedRun(api, "expiry-notices").getString("startedAt");

        wait.until(Browser.acrossSwaps(
                d -> started.equals(row("data-job", "expiry-notices").getAttribute("data-started"))));
        assertThat(started).isNotEqualTo(shown);
        assertThat(row("data-job", "expiry-notices")
                        .findElement(By.className("job-outcome"))
                        .getText())
                .isNotBlank();
    }

    /** Its node stopped in the middle (no lock is held): the page says so, and "Run now" runs it again. */
    @Test
    void shouldShowARunWhoseServerStoppedAsInterruptedAndLetItRunAgain() throws Exception {
        Jobs.start(api, "failure-counts");
        Jobs.finishedRun(api, "failure-counts");
        TestDatabase.updateOne("update job_run set started_at = current_timestamp, finished_at = null"
                + " where job = 'failure-counts'");

        browser.logIn(base, "admin");
        page.get(base.toExternalForm() + "admin/jobs.xhtml");
        // The page reloads as it follows the jobs (the mail job runs every minute): each look finds the row again.
        String running = inRow("failure-counts", row -> row.getAttribute("data-running"));
        String outcome = inRow("failure-counts", row -> row.findElement(By.className("job-outcome"))
                .getText());
        String lastRun = inRow("failure-counts", row -> row.findElement(By.className("job-last-run"))
                .getText());
        Integer bars = inRow("failure-counts", row -> row.findElements(By.tagName("progress"))
                .size());
        WebElement run = inRow("failure-counts", row -> row.findElement(By.cssSelector("input[id$=':run']")));

        assertThat(running).isEqualTo("false");
        assertThat(outcome).startsWith("Interrupted: its server stopped before the run ended.");
        assertThat(lastRun).doesNotContain("Finished");
        assertThat(bars).isZero();
        assertThat(run.isEnabled()).isTrue();
        run = inRow("failure-counts", row -> {
            WebElement button = row.findElement(By.cssSelector("input[id$=':run']"));
            button.click();
            return button;
        });
        wait.until(ExpectedConditions.stalenessOf(run));
        assertThat(Jobs.finishedRun(api, "failure-counts").getBoolean("interrupted"))
                .isFalse();
    }

    private <T> T inRow(String job, java.util.function.Function<WebElement, T> look) {
        // A look in the middle of a reload finds a stale or detached node: it looks again.
        return wait.ignoring(WebDriverException.class).until(d -> look.apply(row("data-job", job)));
    }

    @Test
    void shouldRotateTheSigningKeyAfterAConfirmation() {
        browser.logIn(base, "admin");
        page.findElement(By.id("nav-admin-keys")).click();
        browser.waitForUrlContaining("/admin/keys");
        String current = page.findElement(By.cssSelector("tr.key-current")).getAttribute("data-kid");
        Accessibility.assertNoSeriousViolations(page, "the signing keys page");

        click(By.id("rotation:rotate"), "remain verifiable");
        Accessibility.assertNoSeriousViolations(page, "the rotation's confirmation");
        browser.screenshot("admin-keys-confirmation");
        click(By.id("rotation:confirm"), "now signs new credentials");

        String next = page.findElement(By.cssSelector("tr.key-current")).getAttribute("data-kid");
        assertThat(next).isNotEqualTo(current);
        assertThat(page.findElement(By.cssSelector("tr.key-current td.key-storage"))
                        .getText())
                .isEqualTo("Sealed with the key-encryption key");
        assertThat(row("data-kid", current).getText()).contains("Retired");
        assertThat(api.get("/.well-known/jwks.json", null).body())
                .contains(current)
                .contains(next);
        assertThat(api.get("/api/audit?action=SIGNING_KEY_ROTATE&size=200", "admin")
                        .body())
                .contains(next);
        browser.screenshot("admin-keys");
    }

    @Test
    void shouldSaveTheOrganisationNameThatCertificatesNameAsIssuer() {
        String before = settings().getJsonObject("organisation").getString("name");
        String issuerBefore = issuer();
        String renamed =
                "Harbour Retail Academy " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn(base, "admin");
        page.findElement(By.id("nav-admin-settings")).click();
        browser.waitForUrlContaining("/admin/settings");
        assertThat(page.findElement(By.id("database-kind")).getText()).isEqualTo("PostgreSQL");
        assertThat(page.findElement(By.id("database")).getText()).doesNotContain("password");
        assertThat(page.findElement(By.id("demo-mode")).getText()).isEqualTo("On");
        assertThat(page.findElement(By.id("retention")).getText()).startsWith("None: only HR erases");
        Accessibility.assertNoSeriousViolations(page, "the settings page");

        try {
            WebElement name = page.findElement(By.id("organisation:name"));
            name.clear();
            click(By.id("organisation:save"), "required");
            name = page.findElement(By.id("organisation:name"));
            name.clear();
            name.sendKeys(renamed);
            click(By.id("organisation:save"), "Saved");
            browser.screenshot("admin-settings");

            assertThat(page.findElement(By.id("organisation-origin")).getText()).contains("admin");
            assertThat(issuer())
                    .as("a program issued in the organisation's name follows it; any other keeps its issuer")
                    .isEqualTo(issuerBefore.equals(before) ? renamed : issuerBefore);
            assertThat(api.get("/api/audit?action=SETTING_CHANGE&size=200", "admin")
                            .body())
                    .contains(renamed);
        } finally {
            JsonObject organisation = settings().getJsonObject("organisation");
            api.putJson(
                    "/api/admin/settings/organisation",
                    "admin",
                    "{\"name\": \"" + before + "\", \"version\": " + organisation.getJsonNumber("version") + "}");
        }
        assertThat(settings().getJsonObject("organisation").getString("name")).isEqualTo(before);
    }

    @Test
    void shouldSayMailIsOffAndHowToTurnItOnWhereNoServerIsSet() {
        browser.logIn(base, "admin");
        page.findElement(By.id("nav-admin-mail")).click();
        browser.waitForUrlContaining("/admin/mail");
        assertThat(page.findElement(By.id("mail-off")).getText())
                .startsWith("Mail is off")
                .contains("EXTRAMILE_MAIL_HOST");
        assertThat(page.findElements(By.id("test:send"))).as("nothing to test").isEmpty();
        assertThat(page.findElement(By.id("count-waiting")).getText()).isEqualTo("No mail waits");
        Accessibility.assertNoSeriousViolations(page, "the mail page, mail off");

        Api.Reply test = api.postJson("/api/admin/mail/test", "admin", "{\"to\": \"admin@cafe.example\"}");
        assertThat(test.status()).isEqualTo(409);
        assertThat(test.body()).contains("Mail is off: set extramile.mail.host");
        assertThat(api.get("/api/admin/mail?status=lost", "admin").body())
                .contains("'status' is waiting, sent, given-up or left out, not 'lost'.");
    }

    private String issuer() {
        return api.get("/api/programs/cx-essentials", null)
                .json()
                .asJsonObject()
                .getJsonObject("issuer")
                .getString("name");
    }

    private JsonObject settings() {
        Api.Reply reply = api.get("/api/admin/settings", "admin");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    @Test
    void shouldShowHrTheFriendlyForbiddenPage() {
        browser.logIn(base, "hr");

        page.get(base + "admin/accounts.xhtml");

        assertThat(main()).contains("This page is not for your role");
        assertThat(page.findElements(By.id("accounts-table"))).isEmpty();
        assertThat(page.findElements(By.id("nav-admin-accounts"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the 403 page");
    }
}
