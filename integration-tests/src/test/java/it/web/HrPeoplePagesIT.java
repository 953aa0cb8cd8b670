package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.LateLists;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR's people and roster pages in Chromium: a roster with a bad row is refused row by row and writes
 * nothing, the corrected file is checked then imported and its people are found; one person is
 * enrolled through the form after its errors are shown beside the fields; one person's record is corrected, and a
 * change someone else saved meanwhile is refused and offered to load again; a file over the limit gets a message; a
 * trainee meets the 403 page.
 */
class HrPeoplePagesIT extends InBrowser {

    private static final String HEADER = "employeeNumber,name,email,branch,hireDate\n";
    private static final AtomicInteger FILES = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(60);
    }

    @Test
    void shouldRefuseARosterWithABadRowThenImportItCorrected() {
        String run = unique("R");
        List<String> rows = List.of(
                run + "-1,Amal Roster " + run + ",amal." + run + "@example.com,CITY,2026-02-02",
                run + "-2,Bruno Roster " + run + ",bruno." + run + "@example.com,NOWHERE,2026-02-02",
                run + "-3,\"Chen, Li " + run + "\",chen." + run + "@example.com,HARBOUR,2026-02-02");
        browser.logIn(base, "hr");
        page.get(base + "hr/roster.xhtml");
        assertThat(page.findElement(By.id("template")).getAttribute("href")).endsWith("roster-template.csv");
        Accessibility.assertNoSeriousViolations(page, "the roster page");

        upload(roster(HEADER + String.join("\n", rows)));
        WebElement rejected = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rejected")));

        assertThat(page.getCurrentUrl()).contains("job=");
        assertThat(rejected.findElement(By.tagName("h2")).getText())
                .contains("1 of 3")
                .contains("Nothing was written");
        assertThat(page.findElement(By.id("rejected-caption")).getText()).contains("Problems found: 1, in 1 rows");
        WebElement line = page.findElement(By.cssSelector("#rejected-rows tr[data-line='3']"));
        List<String> cells = line.findElements(By.cssSelector("th, td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.get(0)).isEqualTo("Line 3");
        assertThat(cells.get(1)).isEqualTo(run + "-2");
        assertThat(cells.get(2)).isEqualTo("branch");
        assertThat(cells.get(3)).contains("'NOWHERE' is unknown");
        assertThat(page.findElements(By.id("confirm:importButton"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the roster page with rejected rows");
        browser.screenshot("hr-roster-rejected");
        assertThat(peopleFound(run)).as("nobody from a refused roster").isZero();

        upload(roster(HEADER + String.join("\n", rows).replace("NOWHERE", "CITY")));
        WebElement checked = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked")));
        assertThat(checked.getText()).contains("All 3 rows are correct").contains("create 3 people");
        assertThat(peopleFound(run)).as("a check writes nothing").isZero();
        browser.screenshot("hr-roster-checked");

        page.findElement(By.id("confirm:importButton")).click();
        WebElement imported = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        assertThat(imported.getText()).contains("Created: 3. Updated: 0. Unchanged: 0.");
        Accessibility.assertNoSeriousViolations(page, "the roster page after an import");
        browser.screenshot("hr-roster-imported");

        page.get(base + "hr/people.xhtml?q=" + run);
        List<String> found = page.findElements(By.cssSelector("#people tbody tr")).stream()
                .map(row -> row.getAttribute("data-employee-number"))
                .toList();
        assertThat(found).containsExactly(run + "-1", run + "-2", run + "-3");
        assertThat(page.findElement(By.cssSelector("tr[data-employee-number='" + run + "-3'] th"))
                        .getText())
                .isEqualTo("Chen, Li " + run);
    }

    @Test
    void shouldIssueAOneTimePasswordShownOnceAndSayWhenItExpired() throws SQLException {
        String run = unique("I");
        browser.logIn(base, "hr");
        page.get(base + "hr/roster.xhtml");
        upload(roster(HEADER + run + "-1,Ines Invited " + run + ",ines." + run + "@example.com,CITY,2026-03-01"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm:importButton")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));

        page.get(base + "hr/people.xhtml?q=" + run);
        WebElement row = page.findElement(By.cssSelector("tr[data-employee-number='" + run + "-1']"));
        assertThat(row.getText()).contains("No password yet");
        assertThat(row.findElement(By.className("training")).getText())
                .isEqualTo("Customer Experience Essentials: 0 of 3 scenarios passed");
        row.findElement(By.cssSelector("input[id$=':invite']")).click();
        WebElement invitation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation")));

        String username = page.findElement(By.id("invitation-username")).getText();
        String password = page.findElement(By.id("invitation-password")).getText();
        assertThat(invitation.getText())
                .contains("Ines Invited " + run)
                .contains("Shown this once")
                .contains("It works until");
        assertThat(username).isEqualTo((run + "-1").toLowerCase());
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);
        assertThat(api.get("/api/people/" + run + "-1", "hr")
                        .json()
                        .asJsonObject()
                        .getBoolean("mustChangePassword"))
                .isTrue();
        Accessibility.assertNoSeriousViolations(page, "the people page with a one-time password");
        browser.screenshot("hr-people-invitation");

        page.get(base + "hr/people.xhtml?q=" + run);
        assertThat(page.findElements(By.id("invitation"))).as("shown once").isEmpty();
        assertThat(page.getPageSource()).doesNotContain(password);
        assertThat(passwordState(run + "-1")).startsWith("One-time password issued, works until");

        TestDatabase.updateOne(
                "update account set one_time_password_expires = now() - interval '1 minute' where username = ?",
                username);
        page.get(base + "hr/people.xhtml?q=" + run);
        assertThat(passwordState(run + "-1")).isEqualTo("One-time password expired unused: issue a new one");

        // In French the button's label is twice as long: it wraps, and stays inside the table's region.
        page.findElement(By.cssSelector("#language input[lang='fr']")).click();
        wait.until(Browser.acrossSwaps(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr")));
        try {
            Rectangle region = page.findElement(By.className("table-scroll")).getRect();
            Rectangle invite = page.findElement(
                            By.cssSelector("tr[data-employee-number='" + run + "-1'] input[id$=':invite']"))
                    .getRect();
            assertThat(invite.getX() + invite.getWidth())
                    .as("'Délivrer un mot de passe à usage unique' in sight at 1280 px")
                    .isLessThanOrEqualTo(region.getX() + region.getWidth());
        } finally {
            page.findElement(By.cssSelector("#language input[lang='en']")).click();
            wait.until(Browser.acrossSwaps(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en")));
        }
    }

    private String passwordState(String employeeNumber) {
        return page.findElement(By.cssSelector("tr[data-employee-number='" + employeeNumber + "'] .password-state"))
                .getText();
    }

    @Test
    void shouldShowEachTraineeTheirOwnWayToTheCertificate() throws SQLException {
        String run = unique("p").toLowerCase();
        String passer = Trainees.create(run);
        String starter = Trainees.create(run);
        new RolePlays(api).pass(passer, "free-upgrade");

        browser.logIn(base, "hr");
        page.get(base + "hr/people.xhtml?q=" + run);

        assertThat(training(passer)).isEqualTo("Customer Experience Essentials: 1 of 3 scenarios passed");
        assertThat(training(starter)).isEqualTo("Customer Experience Essentials: 0 of 3 scenarios passed");

        // With a deadline 30 days after hire, one hired in January is late; one without a hire date has none.
        TestDatabase.updateOne("update program set due_days = 30 where slug = ?", "cx-essentials");
        try {
            TestDatabase.updateOne("update account set hire_date = date '2026-01-01' where username = ?", starter);
            String cityLate = Trainees.create(run);
            TestDatabase.updateOne(
                    "update account set hire_date = date '2026-01-01',"
                            + " branch_id = (select id from branch where code = 'CITY') where username = ?",
                    cityLate);
            page.navigate().refresh();
            assertThat(training(starter))
                    .isEqualTo("Customer Experience Essentials: 0 of 3 scenarios passed · overdue (due Jan 31, 2026)");
            assertThat(page.findElement(By.cssSelector("#people .training .overdue"))
                            .isDisplayed())
                    .isTrue();
            assertThat(training(passer)).isEqualTo("Customer Experience Essentials: 1 of 3 scenarios passed");

            // The dashboard names who is late with the program, the API too.
            page.get(base + "hr/dashboard.xhtml?program=cx-essentials");
            assertThat(page.findElement(By.id("late-summary")).getText())
                    .contains("late: not certified within 30 days of their hire date.");
            WebElement late = page.findElement(By.cssSelector("#late-table tr[data-username='" + starter + "']"));
            assertThat(late.findElement(By.className("due-by")).getText()).isEqualTo("Jan 31, 2026");
            assertThat(page.findElements(By.cssSelector("#late-table tr[data-username='" + passer + "']")))
                    .as("no hire date, no deadline")
                    .isEmpty();
            Accessibility.assertNoSeriousViolations(page, "the dashboard with trainees late");
            browser.screenshot("hr-dashboard-late");
            JsonObject listed = api.get("/api/records/late?program=cx-essentials&size=200", "hr")
                    .json()
                    .asJsonObject();
            assertThat(listed.getInt("dueDays")).isEqualTo(30);
            JsonObject theirs = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(item -> item.getString("username").equals(starter))
                    .findFirst()
                    .orElseThrow();
            assertThat(theirs.getString("dueBy")).isEqualTo("2026-01-31");
            assertThat(theirs.getJsonNumber("daysLate").longValue())
                    .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 31), LocalDate.now(ZoneOffset.UTC)));
            assertThat(api.get("/api/records/late", "hr").status()).isEqualTo(400);

            // Everyone late, not only the first page, goes into HR's own systems as CSV, and the export is audited.
            String link = page.findElement(By.id("late-csv")).getAttribute("href");
            assertThat(link).endsWith("/api/records/late?format=csv&program=cx-essentials");
            Api.Reply csv = api.get(link.substring(link.indexOf("/api/")), "hr");
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0))
                    .isEqualTo("program,employee_number,username,name,email,branch,hire_date,due_by,days_late");
            assertThat(lines).hasSize(listed.getInt("total") + 1);
            assertThat(lines)
                    .contains("cx-essentials,," + starter + ",Trainee " + starter + ",,,2026-01-01,2026-01-31,"
                            + theirs.getJsonNumber("daysLate").longValue());
            JsonObject exported = api.get("/api/audit?action=LATE_EXPORT", "admin")
                    .json()
                    .asJsonObject()
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertThat(exported.getString("actor")).isEqualTo("hr");
            assertThat(exported.getInt("rows")).isEqualTo(listed.getInt("total"));
            assertThat(api.get("/api/records/late?format=xlsx&program=cx-essentials", "hr")
                            .status())
                    .isEqualTo(400);
            assertThat(api.get("/api/records/late?program=no-such-program", "hr", "text/csv")
                            .status())
                    .as("a 404 before any byte")
                    .isEqualTo(404);

            // Narrowed to one branch: the list, its CSV and the API leave out those of other branches (and of none).
            new Select(page.findElement(By.id("late-branch"))).selectByValue("CITY");
            page.findElement(By.id("late-show")).click();
            browser.waitForUrlContaining("lateBranch=CITY");
            assertThat(page.findElements(By.cssSelector("#late-table tr[data-username='" + starter + "']")))
                    .isEmpty();
            assertThat(page.findElements(By.cssSelector("#late-table tr[data-username='" + cityLate + "']")))
                    .hasSize(1);
            JsonObject inCity = api.get("/api/records/late?program=cx-essentials&branch=CITY&size=200", "hr")
                    .json()
                    .asJsonObject();
            assertThat(inCity.getJsonArray("items").getValuesAs(JsonObject.class))
                    .allMatch(item -> "CITY".equals(item.getString("branch", null)));
            String cityLink = page.findElement(By.id("late-csv")).getAttribute("href");
            assertThat(cityLink).endsWith("&branch=CITY");
            assertThat(api.get(cityLink.substring(cityLink.indexOf("/api/")), "hr")
                            .body()
                            .lines())
                    .hasSize(inCity.getInt("total") + 1)
                    .anyMatch(line -> line.contains("," + cityLate + ","));
            page.get(base + "hr/dashboard.xhtml?program=cx-essentials");

            // Back from leave: HR gives the late one three more weeks from the dashboard, then takes them back.
            page.findElement(By.cssSelector("#late-table tr[data-username='" + starter + "'] .extend-link"))
                    .click();
            browser.waitForUrlContaining("deadlines.xhtml");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Deadlines of Trainee " + starter);
            WebElement row = page.findElement(By.cssSelector("#deadline-table tr[data-program='cx-essentials']"));
            assertThat(row.findElement(By.className("regular")).getText()).isEqualTo("Jan 31, 2026");
            assertThat(row.findElement(By.className("holds")).getText()).isEqualTo("Jan 31, 2026 (passed)");
            Accessibility.assertNoSeriousViolations(page, "a trainee's deadlines");
            WebElement save = page.findElement(By.id("extend:save"));
            save.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(save));
            assertThat(page.findElement(By.id("extend:dueBy-error")).getText()).contains("'dueBy' is required");
            assertThat(page.findElement(By.id("extend:reason-error")).getText()).contains("'reason' is required");
            LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(21);
            ((JavascriptExecutor) page)
                    .executeScript("arguments[0].value = '" + later + "'", page.findElement(By.id("extend:dueBy")));
            page.findElement(By.id("extend:reason")).sendKeys("Sick leave in the first month");
            save = page.findElement(By.id("extend:save"));
            save.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(save));
            assertThat(page.findElement(By.id("messages")).getText())
                    .contains("The deadline for Customer Experience Essentials is extended.");
            row = page.findElement(By.cssSelector("#deadline-table tr[data-program='cx-essentials']"));
            assertThat(row.findElement(By.className("extension")).getText())
                    .startsWith("Because: Sick leave in the first month (hr, ");
            browser.screenshot("hr-deadlines");
            assertThat(LateLists.usernames(api, "cx-essentials")).doesNotContain(starter);
            page.get(base + "hr/people.xhtml?q=" + run);
            assertThat(training(starter))
                    .endsWith("· due " + later.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH))
                            + " (extended)");

            page.findElement(By.cssSelector("#people tbody tr[data-username='" + starter + "'] .deadlines-link"))
                    .click();
            browser.waitForUrlContaining("deadlines.xhtml");
            WebElement withdraw = page.findElement(By.cssSelector("#deadline-table .extension input"));
            withdraw.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(withdraw));
            assertThat(page.findElement(By.cssSelector("#deadline-table tr[data-program='cx-essentials'] .holds"))
                            .getText())
                    .isEqualTo("Jan 31, 2026 (passed)");
            assertThat(LateLists.usernames(api, "cx-essentials")).contains(starter);
        } finally {
            TestDatabase.updateOne("update program set due_days = null where slug = ?", "cx-essentials");
        }
    }

    /** What the people page's training column says of one trainee's programs, found by their name. */
    private String training(String username) {
        return page.findElements(By.cssSelector("#people tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals("Trainee " + username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not listed"))
                .findElements(By.className("training-line"))
                .stream()
                .map(WebElement::getText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void shouldShowEachBrokenRuleBesideItsFieldThenEnrol() {
        String number = unique("F") + "-1";
        browser.logIn(base, "hr");
        page.get(base + "hr/people.xhtml");
        Accessibility.assertNoSeriousViolations(page, "the people page");
        browser.screenshot("hr-people");

        page.findElement(By.id("enrol:employeeNumber")).sendKeys(number);
        page.findElement(By.id("enrol:email")).sendKeys("not-an-email");
        page.findElement(By.id("enrol:enrolButton")).click();
        // The error's (empty) span is on the page before the post too: wait for its text, not its presence.
        wait.until(Browser.textIn(By.id("enrol:email-error"), "name@example.com"));

        assertThat(page.findElement(By.id("messages")).getText()).contains("Nothing was saved");
        assertThat(page.findElement(By.id("enrol:email-error")).getText())
                .contains("An email address looks like 'name@example.com'.");
        assertThat(page.findElement(By.id("enrol:name-error")).getText()).contains("A name is required.");
        assertThat(page.findElement(By.id("enrol:branch-error")).getText()).contains("A branch code is required");
        assertThat(page.findElement(By.id("enrol:hireDate-error")).getText()).contains("A hire date is required");
        assertThat(page.findElement(By.id("enrol:email")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.findElement(By.id("enrol:email")).getAttribute("aria-describedby"))
                .isEqualTo("enrol:email-error");
        assertThat(page.findElement(By.id("enrol:employeeNumber")).getAttribute("aria-invalid"))
                .isEqualTo("false");
        assertThat(api.get("/api/people/" + number, "hr").status())
                .as("nothing stored")
                .isEqualTo(404);
        Accessibility.assertNoSeriousViolations(page, "the enrolment form with errors");
        browser.screenshot("hr-people-enrol-errors");

        page.findElement(By.id("enrol:name")).sendKeys("Farah Form");
        WebElement email = page.findElement(By.id("enrol:email"));
        email.clear();
        email.sendKeys("farah." + number + "@example.com");
        new Select(page.findElement(By.id("enrol:branch"))).selectByValue("HARBOUR");
        ((JavascriptExecutor) page)
                .executeScript("arguments[0].value = '2026-04-01'", page.findElement(By.id("enrol:hireDate")));
        new Select(page.findElement(By.id("enrol:role"))).selectByValue("TRAINER");
        assertThat(new Select(page.findElement(By.id("enrol:role"))).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Trainee", "Trainer");
        page.findElement(By.id("enrol:enrolButton")).click();
        WebElement enrolled = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolled")));

        assertThat(enrolled.getText()).contains("Farah Form is enrolled");
        assertThat(page.findElement(By.id("enrolled-password")).getText()).isNotBlank();
        JsonObject person = api.get("/api/people/" + number, "hr").json().asJsonObject();
        assertThat(person.getString("branch")).isEqualTo("HARBOUR");
        assertThat(person.getString("hireDate")).isEqualTo("2026-04-01");
        assertThat(person.getJsonArray("roles").toString()).contains("TRAINER");
        browser.screenshot("hr-people-enrolled");

        page.get(base + "hr/people.xhtml?q=" + number + "&branch=HARBOUR&status=active");
        assertThat(page.findElements(By.cssSelector("#people tbody tr"))).hasSize(1);
        page.get(base + "hr/people.xhtml?q=" + number + "&status=inactive");
        assertThat(page.findElement(By.id("result-count")).getText()).contains("No one matches");
    }

    @Test
    void shouldLetHrCorrectARecordAndSayWhenSomeoneElseChangedItMeanwhile() {
        String number = enrolled("C", "Cora Field");
        String username = number.toLowerCase(Locale.ROOT);
        browser.logIn(base, "hr");
        page.get(base + "hr/people.xhtml?q=" + number);

        page.findElement(By.cssSelector("#people tbody tr[data-username='" + username + "'] .edit-link"))
                .click();
        browser.waitForUrlContaining("person.xhtml");
        Accessibility.assertNoSeriousViolations(page, "a person's record");
        WebElement name = page.findElement(By.id("record:name"));
        name.clear();
        name.sendKeys("Cora Field-Hérault");
        new Select(page.findElement(By.id("record:branch"))).selectByValue("HARBOUR");
        page.findElement(By.id("record:save")).click();
        wait.until(Browser.textIn(By.id("messages"), "Saved the changes"));

        JsonObject saved = api.get("/api/people/" + number, "hr").json().asJsonObject();
        assertThat(saved.getString("name")).isEqualTo("Cora Field-Hérault");
        assertThat(saved.getString("branch")).isEqualTo("HARBOUR");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Cora Field-Hérault: their record");
        browser.screenshot("hr-person");

        api.putJson(
                "/api/people/" + number, "admin", saved.toString().replace("\"Cora Field-Hérault\"", "\"Cora Hart\""));
        WebElement email = page.findElement(By.id("record:email"));
        email.clear();
        email.sendKeys("not-an-email");
        page.findElement(By.id("record:save")).click();
        wait.until(Browser.textIn(By.id("record:email-error"), "name@example.com"));
        email = page.findElement(By.id("record:email"));
        email.clear();
        email.sendKeys("cora.hart@example.com");
        page.findElement(By.id("record:left")).click();
        page.findElement(By.id("record:save")).click();
        wait.until(Browser.textIn(By.id("messages"), "since you opened it"));

        JsonObject kept = api.get("/api/people/" + number, "hr").json().asJsonObject();
        assertThat(kept.getString("name")).as("the other change stands").isEqualTo("Cora Hart");
        assertThat(kept.getBoolean("active")).isTrue();
        Accessibility.assertNoSeriousViolations(page, "a person's record after a conflict");
        page.findElement(By.id("reload")).click();
        wait.until(Browser.textIn(By.tagName("h1"), "Cora Hart: their record"));
        page.findElement(By.id("record:left")).click();
        page.findElement(By.id("record:save")).click();
        wait.until(Browser.textIn(By.id("messages"), "Saved the changes"));
        assertThat(api.get("/api/people/" + number, "hr").json().asJsonObject().getBoolean("active"))
                .isFalse();
        page.get(base + "hr/people.xhtml?q=" + number);
        assertThat(page.findElement(By.cssSelector("#people tbody tr[data-username='" + username + "']"))
                        .getText())
                .contains("Cora Hart", "HARBOUR", "Inactive");
    }

    @Test
    void shouldEraseALeaverOnceHrTypedTheirEmployeeNumber() {
        String number = enrolled("X", "Xena Erasable");
        browser.logIn(base, "hr");
        page.get(base + "hr/person.xhtml?person=" + number.toLowerCase(Locale.ROOT));

        assertThat(page.findElement(By.id("erase-first")).getText()).contains("Only someone who left can be erased");
        assertThat(page.findElements(By.id("erase-form"))).isEmpty();
        page.findElement(By.id("record:left")).click();
        page.findElement(By.id("record:save")).click();
        wait.until(Browser.textIn(By.id("messages"), "Saved the changes"));
        page.findElement(By.id("erase-form:confirmation")).sendKeys("X-WRONG");
        page.findElement(By.id("erase-form:eraseButton")).click();
        wait.until(Browser.textIn(By.id("erase-form:confirmation-error"), "type " + number + " exactly"));
        assertThat(page.findElement(By.id("record:left")).isSelected())
                .as("the record's form is left as it was")
                .isTrue();
        assertThat(new Select(page.findElement(By.id("record:branch")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CITY");
        assertThat(api.get("/api/people/" + number, "hr").status())
                .as("nothing erased")
                .isEqualTo(200);
        Accessibility.assertNoSeriousViolations(page, "a leaver's record, offering to erase it");

        WebElement confirmation = page.findElement(By.id("erase-form:confirmation"));
        confirmation.clear();
        confirmation.sendKeys(number);
        page.findElement(By.id("erase-form:eraseButton")).click();

        browser.waitForUrlContaining("people.xhtml");
        String message = page.findElement(By.id("messages")).getText();
        assertThat(message).startsWith("Xena Erasable was erased and is now erased-");
        assertThat(api.get("/api/people/" + number, "hr").status()).isEqualTo(404);

        String pseudonym = message.replaceAll(".* is now (erased-[0-9]+).*", "$1");
        page.get(base + "hr/people.xhtml?status=inactive&q=" + pseudonym);
        assertThat(page.findElements(By.cssSelector("tr[data-username='" + pseudonym + "']")))
                .as("those who left and are still to be erased, without them")
                .isEmpty();
        new Select(page.findElement(By.id("status"))).selectByValue("erased");
        page.findElement(By.id("find")).click();
        browser.waitForUrlContaining("status=erased");
        WebElement row = page.findElement(By.cssSelector("tr[data-username='" + pseudonym + "']"));
        assertThat(row.getText())
                .as("what is left of them says so, and offers nothing to do")
                .contains("Erased person", pseudonym, "Erased")
                .doesNotContain("Inactive", "No password yet", "scenarios passed");
        assertThat(row.findElements(By.cssSelector("input, button, a"))).isEmpty();

        page.manage().deleteAllCookies();
        browser.logIn(base, "admin");
        page.get(base + "admin/accounts.xhtml?q=" + pseudonym);
        WebElement account = page.findElement(By.cssSelector("tr[data-username='" + pseudonym + "']"));
        assertThat(account.getText()).contains("Erased person", "Erased").doesNotContain("Inactive");
        assertThat(account.findElements(By.cssSelector("input, button")))
                .as("an administrator can neither give the account back nor reset its password")
                .isEmpty();
    }

    @Test
    void shouldShowInTheAuditLogWhatWasDoneAboutAPersonAndByWhom() {
        String number = enrolled("A", "Ada Log");
        String username = number.toLowerCase(Locale.ROOT);
        JsonObject seen = api.get("/api/people/" + number, "hr").json().asJsonObject();
        api.putJson("/api/people/" + number, "admin", seen.toString().replace("\"Ada Log\"", "\"Ada Logan\""));
        browser.logIn(base, "hr");
        page.get(base + "hr/person.xhtml?person=" + username);

        page.findElement(By.id("audit")).click();
        browser.waitForUrlContaining("audit.xhtml");

        assertThat(page.findElement(By.id("person")).getAttribute("value")).isEqualTo(username);
        List<WebElement> rows = page.findElements(By.cssSelector("#events tbody tr"));
        assertThat(rows)
                .extracting(row -> row.findElement(By.className("what")).getText())
                .containsExactly("Person’s record corrected", "Person enrolled");
        assertThat(rows.get(0).findElement(By.className("who")).getText()).isEqualTo("admin");
        assertThat(rows.get(0).findElement(By.className("details")).getText())
                .contains("Name: Ada Log → Ada Logan", "Employee number: " + number);
        assertThat(rows.get(1).findElement(By.className("who")).getText()).isEqualTo("hr");
        assertThat(page.findElement(By.id("download")).getAttribute("href"))
                .endsWith("/api/audit?format=csv&person=" + username);
        Accessibility.assertNoSeriousViolations(page, "the audit log");
        browser.screenshot("hr-audit");

        new Select(page.findElement(By.id("action"))).selectByValue("PEOPLE_ENROL");
        page.findElement(By.id("apply")).click();
        wait.until(Browser.textIn(By.id("results-heading"), "1 event"));
        assertThat(page.getCurrentUrl()).contains("action=PEOPLE_ENROL", "person=" + username);
        assertThat(page.findElement(By.cssSelector("#events tbody tr .what")).getText())
                .isEqualTo("Person enrolled");
    }

    @Test
    void shouldPageThroughTheWholeRosterWithoutASearch() {
        String run = unique("P");
        String rows = rows(run, 25);
        Api.Reply imported =
                api.post("/api/people/import", "hr", "text/csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        browser.logIn(base, "hr");

        // No search, no branch, no status: the pager's links carry none of them (an empty one broke the page).
        page.get(base + "hr/people.xhtml");
        assertThat(page.findElement(By.id("result-count")).getText()).startsWith("People 1–20 of ");
        page.findElement(By.id("next")).click();
        wait.until(Browser.textIn(By.id("result-count"), "People 21–"));
        assertThat(page.getCurrentUrl()).endsWith("people.xhtml?page=1");
        page.findElement(By.id("previous")).click();
        wait.until(Browser.textIn(By.id("result-count"), "People 1–20 of "));

        page.get(base + "hr/people.xhtml?status=active&q=" + run);
        page.findElement(By.id("next")).click();
        wait.until(Browser.textIn(By.id("result-count"), "People 21–25 of 25"));
        assertThat(page.getCurrentUrl())
                .contains("q=" + run, "status=active", "page=1")
                .doesNotContain("branch=");
    }

    @Test
    void shouldPageThroughALateListLongerThanThePage() throws SQLException {
        // 55 hired in January, and a program they must earn within 30 days of hire that nobody can earn (a draft).
        String run = unique("T");
        String roster = HEADER
                + IntStream.rangeClosed(1, 55)
                        .mapToObj(i ->
                                run + "-" + i + ",Tardy " + i + ",t" + i + "." + run + "@example.com,CITY,2026-01-01")
                        .collect(Collectors.joining("\n"));
        Api.Reply imported = api.post("/api/people/import", "hr", "text/csv", roster.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String program = "tardy-" + run.toLowerCase(Locale.ROOT);
        String draft = program + "-scene";
        assertThat(api.postJson(
                                "/api/scenarios",
                                "trainer",
                                "{\"slug\": \"" + draft + "\", \"title\": \"Tardy " + run
                                        + "\", \"summary\": \"Never published.\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.postJson(
                                "/api/programs",
                                "trainer",
                                "{\"slug\": \"" + program + "\", \"title\": \"Tardy " + run
                                        + "\", \"description\": \"Nobody earns it.\", \"scenarios\": [\"" + draft
                                        + "\"], \"validityMonths\": 12, \"dueDays\": 30, \"issuer\": {\"name\":"
                                        + " \"Store Academy\", \"url\": \"https://academy.example.org\"}}")
                        .status())
                .isEqualTo(201);
        // As if set long before they were hired: counted from their hire date.
        TestDatabase.updateOne("update program set due_since = null where slug = ?", program);
        try {
            long total = LateLists.total(api, program);
            assertThat(total).isGreaterThanOrEqualTo(55);
            browser.logIn(base, "hr");
            page.get(base + "hr/dashboard.xhtml?program=" + program);
            assertThat(page.findElement(By.id("late-summary")).getText())
                    .contains(total + " trainees are late", "Longest late first; these are 1–50:");
            List<String> first = lateRows();
            assertThat(first).hasSize(50);
            assertThat(page.findElements(By.id("late-previous"))).isEmpty();

            page.findElement(By.id("late-next")).click();
            wait.until(Browser.textIn(By.id("late-summary"), "these are 51–"));
            assertThat(page.getCurrentUrl()).contains("program=" + program, "latePage=1", "#late-heading");
            List<String> second = lateRows();
            assertThat(second).hasSize((int) Math.min(50, total - 50)).doesNotContainAnyElementsOf(first);
            Accessibility.assertNoSeriousViolations(page, "the late list's second page");
            browser.screenshot("hr-dashboard-late-pages");
            page.findElement(By.id("late-previous")).click();
            wait.until(Browser.textIn(By.id("late-summary"), "these are 1–50:"));

            // A page past the end (the list shrank since the link was made) shows the last one.
            page.get(base + "hr/dashboard.xhtml?program=" + program + "&latePage=99");
            assertThat(page.findElement(By.id("late-summary")).getText()).contains("–" + total + ":");
            assertThat(page.findElements(By.id("late-next"))).isEmpty();
        } finally {
            // Others of this class count who is late with cx-essentials: these are no longer anyone's.
            try (Connection connection = TestDatabase.connect();
                    Statement cleanUp = connection.createStatement()) {
                cleanUp.executeUpdate("update account set active = false where employee_number like '" + run + "-%'");
            }
        }
    }

    private List<String> lateRows() {
        return page.findElements(By.cssSelector("#late-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-username"))
                .toList();
    }

    @Test
    void shouldSayThereIsNoSuchPersonWhenARecordPageNamesNone() {
        browser.logIn(base, "hr");
        for (String address : List.of("hr/person.xhtml", "hr/deadlines.xhtml")) {
            page.get(base + address);

            assertThat(page.findElement(By.id("messages")).getText())
                    .as(address)
                    .startsWith("There is no such person");
            assertThat(page.findElement(By.id("back")).getAttribute("href")).endsWith("hr/people.xhtml");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .as("the page says what it is, for those who move by headings")
                    .isIn("A person’s record", "Deadlines");
            assertThat(status(base + address + "?person=nobody-here"))
                    .as(address)
                    .isEqualTo(404);
        }
        String colleague = enrolled("S", "Sam Staff").toLowerCase(Locale.ROOT);
        Api.Reply promoted =
                api.putJson("/api/admin/accounts/" + colleague + "/roles", "admin", "{\"roles\": [\"HR\"]}");
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        page.get(base + "hr/person.xhtml?person=" + colleague);
        assertThat(page.findElement(By.id("messages")).getText())
                .startsWith("Only an administrator may change an HR or administrator account");
        assertThat(status(base + "hr/person.xhtml?person=" + colleague)).isEqualTo(403);
    }

    /** The status the browser's session gets for an address, as a bookmark or a link checker would see it. */
    private long status(String address) {
        return Long.parseLong(browser.fetch(address, "status"));
    }

    @Test
    void shouldFollowTheCheckOfALargeRosterAndReportItsRows() {
        String run = unique("L");
        String rows = rows(run, 3000);
        browser.logIn(base, "hr");
        page.get(base + "hr/roster.xhtml");

        upload(roster(HEADER + rows));
        WebElement checked = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked")));

        assertThat(checked.getText()).contains("All 3,000 rows are correct");
        String job = page.getCurrentUrl().replaceAll(".*job=", "");
        String progress = browser.fetch(base + "hr/job-progress?job=" + job, "text()");
        assertThat(progress)
                .contains("\"state\":\"DONE\"")
                .contains("\"done\":3000")
                .contains("\"total\":3000");
        assertThat(peopleFound(run)).isZero();
    }

    @Test
    void shouldRefuseAFileOverTheLimitWithAMessage() throws IOException {
        Path big = fileOf(5 * 1024 * 1024 + 1);
        browser.logIn(base, "hr");
        page.get(base + "hr/roster.xhtml");

        upload(big);
        wait.until(Browser.textIn(By.id("file-error"), "Split it into"));

        assertThat(page.findElement(By.id("file-error")).getText()).contains("is 5.1 MB; a roster is at most 5 MB");
        assertThat(page.getCurrentUrl()).doesNotContain("job=");
        browser.screenshot("hr-roster-too-big");

        // Past the page's own check (as without script), the server says the same, on the page.
        page.get(base + "hr/roster.xhtml");
        withoutThePagesOwnCheck();
        upload(big);
        wait.until(Browser.textIn(By.id("messages"), "Split it into"));

        assertThat(page.findElement(By.id("messages")).getText())
                .contains("The file is 5.1 MB; a roster is at most 5 MB.");
        assertThat(page.findElements(By.id("error-500"))).isEmpty();
        assertThat(page.findElement(By.id("upload:file")).isDisplayed()).isTrue();
        Files.delete(big);
    }

    @Test
    void shouldRefuseAnUploadPastWhatAnyPageTakesAndSayWhatTheLimitsAre() throws IOException {
        Path huge = fileOf(10 * 1024 * 1024 + 1);
        browser.logIn(base, "hr");
        page.get(base + "hr/roster.xhtml");
        withoutThePagesOwnCheck();

        upload(huge);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-413")));

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("That is too much to send at once");
        assertThat(page.findElement(By.id("error-413")).getText())
                .contains("A page takes at most 10 MB at once, and a roster at most 5 MB. Nothing was uploaded");
        Accessibility.assertNoSeriousViolations(page, "the page for an upload past what a page takes");
        page.findElement(By.linkText("Back to the page")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
        Files.delete(huge);
    }

    @Test
    void shouldAnswerASearchHoldingANulCharacterWithTheBadRequestPage() {
        browser.logIn(base, "hr");

        page.get(base + "hr/people.xhtml?q=Dana%00");

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("This address or form cannot be read");
        assertThat(page.findElement(By.id("error-400")).getText()).contains("Nothing was saved");
        Accessibility.assertNoSeriousViolations(page, "the page for an address holding a NUL character");
    }

    @Test
    void shouldShowATraineeTheForbiddenPage() {
        browser.logIn(base, "trainee");

        page.get(base + "hr/people.xhtml");

        assertThat(page.findElement(By.id("error-403")).getText()).contains("This page is not for your role");
        assertThat(page.findElements(By.id("enrol:enrolButton"))).isEmpty();
    }

    /** A roster file of that many bytes, to be deleted by the test. */
    private static Path fileOf(int bytes) throws IOException {
        Path file = Files.createTempFile(Path.of(System.getProperty("extramile.test.tmp")), "roster-", ".csv");
        byte[] filler = new byte[bytes];
        java.util.Arrays.fill(filler, (byte) 'x');
        return Files.write(file, filler);
    }

    /** As a browser without script: the file goes to the server whatever its size. */
    private void withoutThePagesOwnCheck() {
        ((JavascriptExecutor) page)
                .executeScript("document.getElementById('upload:file').setAttribute('data-max-bytes', '1000000000')");
    }

    private void upload(Path file) {
        page.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        page.findElement(By.id("upload:checkButton")).click();
    }

    private long peopleFound(String text) {
        return api.get("/api/people?q=" + text, "hr")
                .json()
                .asJsonObject()
                .getJsonNumber("total")
                .longValue();
    }

    private static Path roster(String csv) {
        try {
            Path file = Path.of(System.getProperty("extramile.test.tmp"), "roster-" + FILES.incrementAndGet() + ".csv");
            Files.writeString(file, csv + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new trainee of the CITY branch with this name, enrolled by HR: their employee number. */
    private String enrolled(String letter, String name) {
        String number = unique(letter) + "-1";
        Api.Reply enrolled = api.postJson(
                "/api/people",
                "hr",
                "{\"employeeNumber\":\"" + number + "\",\"name\":\"" + name + "\",\"email\":\""
                        + number.toLowerCase(Locale.ROOT)
                        + "@example.com\",\"branch\":\"CITY\",\"hireDate\":\"2026-03-01\"}");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        return number;
    }

    /** Roster rows of {@code count} people of the CITY branch, their employee numbers starting with {@code run}. */
    private static String rows(String run, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> run + "-" + i + ",Person " + i + ",p" + i + "." + run + "@example.com,CITY,2026-05-01")
                .collect(Collectors.joining("\n"));
    }

    /** A prefix no other run of these tests has used: employee numbers are unique in the database. */
    private static String unique(String letter) {
        return letter + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + FILES.incrementAndGet();
    }
}
