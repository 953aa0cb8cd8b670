package it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.Jobs;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import it.support.Urls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mail through the organisation's SMTP server (GreenMail here): the certificate a trainee earns and its expiry
 * reminder reach their inbox with the links they speak of, mail the server could not take waits and goes later, and
 * a new hire HR invites by mail chooses their password through the link without anyone else seeing one.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final int SMTP_PORT = freePort();
    private static final String ADDRESS = "sam.taylor@cafe.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile(Map.of(
                "extramile.mail.host", "127.0.0.1",
                "extramile.mail.port", String.valueOf(SMTP_PORT),
                "extramile.mail.security", "none",
                "extramile.mail.from", "Cafe Training <training@cafe.example>",
                "extramile.public-url", "https://training.cafe.example",
                // Only the administrator's runs below: the timer's would race them.
                "extramile.jobs.enabled", "false",
                "extramile.people.reset-requests-per-hour", "5"));
    }

    @ArquillianResource
    URL base;

    Api api;
    GreenMail smtp;

    @BeforeEach
    void connect() {
        base = Urls.root(base);
        api = new Api(base);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void shouldMailTheCertificateAndItsExpiryReminderAndKeepWhatTheServerCouldNotTakeUntilItCan() throws Exception {
        String trainee = Trainees.create("mailed");
        TestDatabase.updateOne("update account set email = ? where username = ?", ADDRESS, trainee);
        RolePlays plays = new RolePlays(api);
        for (String slug : List.of("free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink")) {
            plays.playToTheEnd(trainee, plays.start(trainee, slug), step -> plays.goodAnswer(slug, step));
        }
        String serial = api.get("/api/me/certificates", trainee)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getString("serial");
        assertThat(waiting()).as("queued with the certificate").isEqualTo(1);

        assertThat(runMail()).as("no SMTP server yet").isEqualTo("0 sent, 1 to try again, 0 given up");
        assertThat(TestDatabase.number("select attempts from outgoing_mail where recipient = ?", ADDRESS))
                .isEqualTo(1);
        assertThat(TestDatabase.number(
                        "select count(*) from outgoing_mail where last_error like ?",
                        "Cannot reach the SMTP server 127.0.0.1:" + SMTP_PORT + "%"))
                .isEqualTo(1);

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(runMail()).as("not due again for a minute").isEqualTo("0 sent, 0 to try again, 0 given up");
        TestDatabase.updateOne(
                "update outgoing_mail set next_attempt_at = now() - interval '1 second'" + " where recipient = ?",
                ADDRESS);
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");

        MimeMessage issued = smtp.getReceivedMessages()[0];
        assertThat(issued.getAllRecipients()[0].toString()).isEqualTo(ADDRESS);
        assertThat(issued.getFrom()[0].toString()).isEqualTo("Cafe Training <training@cafe.example>");
        assertThat(issued.getSubject()).isEqualTo("Your certificate: Customer Experience Essentials");
        assertThat(issued.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat((String) issued.getContent())
                .startsWith("Hello Trainee " + trainee + ",")
                .contains("Serial: " + serial)
                .contains("https://training.cafe.example/verify/" + serial)
                .contains("https://training.cafe.example/certificates.xhtml");
        assertThat(waiting()).isZero();
        assertThat(runMail()).as("sent once").isEqualTo("0 sent, 0 to try again, 0 given up");

        TestDatabase.updateOne(
                "update certificate set expires_at = now() + interval '10 days' where serial = ?", serial);
        Jobs.start(api, "expiry-notices");
        Jobs.finishedRun(api, "expiry-notices");
        Jobs.start(api, "expiry-notices");
        Jobs.finishedRun(api, "expiry-notices");
        assertThat(runMail()).as("one reminder, however many runs").isEqualTo("1 sent, 0 to try again, 0 given up");

        MimeMessage reminder = smtp.getReceivedMessages()[1];
        assertThat(reminder.getSubject()).startsWith("Your certificate Customer Experience Essentials expires on ");
        assertThat((String) reminder.getContent())
                .contains("Your certificate " + serial + " of Customer Experience Essentials expires on")
                .contains("https://training.cafe.example/scenarios.xhtml")
                .contains("turn these reminders off on your account page: https://training.cafe.example/account.xhtml");
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        Api.Reply reissued =
                api.postJson("/api/certificates/" + serial + "/reissue", "hr", "{\"reason\": \"Name corrected\"}");
        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
        String newSerial = reissued.json().asJsonObject().getString("serial");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        MimeMessage replaced = smtp.getReceivedMessages()[2];
        assertThat(replaced.getSubject()).isEqualTo("Your certificate was reissued: Customer Experience Essentials");
        assertThat((String) replaced.getContent())
                .contains("It replaces certificate " + serial + ",")
                .contains("Serial: " + newSerial)
                .contains("https://training.cafe.example/verify/" + newSerial)
                .doesNotContain("Name corrected");

        // A trainee who would rather rely on the notice on their pages turns the reminders off.
        JsonObject choices = api.get("/api/me/mail", trainee).json().asJsonObject();
        assertThat(choices.getString("email")).isEqualTo(ADDRESS);
        assertThat(choices.getBoolean("expiryRemindersOffered")).isTrue();
        assertThat(choices.getBoolean("reviewDigestOffered")).isFalse();
        Api.Reply off = api.putJson(
                "/api/me/mail",
                trainee,
                "{\"expiryReminders\": false, \"version\": " + choices.getInt("version") + "}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().asJsonObject().getBoolean("expiryReminders")).isFalse();
        TestDatabase.updateOne(
                "update certificate set expires_at = now() + interval '10 days' where serial = ?", newSerial);
        Jobs.start(api, "expiry-notices");
        assertThat(Jobs.finishedRun(api, "expiry-notices").getString("outcome")).startsWith("1 notice(s) written");
        assertThat(runMail()).as("the notice on their pages, no mail").isEqualTo("0 sent, 0 to try again, 0 given up");

        Api.Reply revoked =
                api.postJson("/api/certificates/" + newSerial + "/revoke", "hr", "{\"reason\": \"Granted in error\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(runMail()).as("told, reminders off or not").isEqualTo("1 sent, 0 to try again, 0 given up");
        MimeMessage withdrawn = smtp.getReceivedMessages()[3];
        assertThat(withdrawn.getSubject()).isEqualTo("Your certificate was revoked: Customer Experience Essentials");
        assertThat((String) withdrawn.getContent())
                .contains("has revoked your certificate " + newSerial + " of Customer Experience Essentials.")
                .contains("The reason given: Granted in error")
                .contains("https://training.cafe.example/verify/" + newSerial);
    }

    @Test
    void shouldLetANewHireChooseTheirPasswordThroughTheLinkHrMailsThemAndNobodyElseSeeOne() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String hire = "{\"employeeNumber\": \"M-7\", \"name\": \"Noor Newhire\", \"email\": \"noor@cafe.example\","
                + " \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\"}";
        assertThat(api.postJson("/api/people", "hr", hire).status()).isEqualTo(201);

        Api.Reply unknown = api.postJson("/api/people/M-7/invitation?delivery=pigeon", "hr", "");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("'delivery' is 'mail' or left out");
        Api.Reply mailed = api.postJson("/api/people/M-7/invitation?delivery=mail", "hr", "");
        assertThat(mailed.status()).as(mailed.toString()).isEqualTo(200);
        JsonObject invitation = mailed.json().asJsonObject();
        assertThat(invitation.getString("mailedTo")).isEqualTo("noor@cafe.example");
        assertThat(invitation.getString("username")).isEqualTo("m-7");
        assertThat(invitation).doesNotContainKey("oneTimePassword");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        assertThat(TestDatabase.number(
                        "select count(*) from outgoing_mail where recipient = ? and body is null", "noor@cafe.example"))
                .as("the link is not kept once sent")
                .isEqualTo(1);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Choose your ExtraMile password");
        String body = (String) mail.getContent();
        assertThat(body).contains("ExtraMile Training has opened a training account for you", "Your username is m-7.");
        Matcher link = Pattern.compile("https://training\\.cafe\\.example/(welcome\\.xhtml\\?token=\\S+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String welcome = base.toExternalForm() + link.group(1);

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(welcome);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your password");
            assertThat(page.findElement(By.id("welcome-lead")).getText()).startsWith("Welcome, Noor Newhire.");
            assertThat(page.findElement(By.id("username")).getAttribute("value"))
                    .isEqualTo("m-7");
            page.findElement(By.cssSelector("#language input[lang='fr']")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Choisissez votre mot de passe"));
            assertThat(page.findElement(By.id("welcome-lead")).getText()).startsWith("Bienvenue, Noor Newhire.");
            page.findElement(By.cssSelector("#language input[lang='en']")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Choose your password"));
            choose(page, "too short", "too short");
            assertThat(page.findElement(By.id("welcome:new-error")).getText()).contains("at least 12 characters");
            assertThat(page.findElement(By.id("welcome:new")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            Accessibility.assertNoSeriousViolations(page, "the welcome page with an error");
            choose(page, "my own long phrase", "my own long phrase");

            browser.waitForUrlContaining("login.xhtml?passwordSet=true");
            assertThat(page.findElement(By.id("password-set")).getText()).contains("Your password is saved");
            assertThat(api.get("/api/scenarios", "m-7:my own long phrase").status())
                    .as("their own password at once, no one-time one to replace")
                    .isEqualTo(200);

            page.get(welcome);
            assertThat(page.findElement(By.id("link-refused")).getText()).contains("expired, or was used already");
            assertThat(page.findElements(By.id("welcome:new"))).isEmpty();
            page.get(base.toExternalForm() + "welcome.xhtml?token=made-up");
            assertThat(page.findElement(By.id("link-refused")).isDisplayed()).isTrue();
        }

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base.toExternalForm() + "login.xhtml");
            page.findElement(By.cssSelector("#language input[lang='fr']")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(Browser.acrossSwaps(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr")));
            page.findElement(By.id("username")).sendKeys("m-7");
            page.findElement(By.id("password")).sendKeys("my own long phrase");
            page.findElement(By.id("submit")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        }
        assertThat(TestDatabase.text("select language from account where username = 'm-7'"))
                .as("the language she reads the pages in")
                .isEqualTo("fr");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "hr");
            page.get(base.toExternalForm() + "hr/people.xhtml?q=M-7");
            page.findElement(By.cssSelector("[id$='mail-invitation']")).click();
            WebElement message = new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li")));
            assertThat(message.getText())
                    .startsWith("A link to choose a password is mailed to Noor Newhire at noor@cafe.example.");

            page.findElement(By.id("enrol:employeeNumber")).sendKeys("M-8");
            page.findElement(By.id("enrol:name")).sendKeys("Ola Online");
            page.findElement(By.id("enrol:email")).sendKeys("ola@cafe.example");
            new Select(page.findElement(By.id("enrol:branch"))).selectByValue("CITY");
            ((JavascriptExecutor) page)
                    .executeScript("arguments[0].value = '2026-12-01'", page.findElement(By.id("enrol:hireDate")));
            new Select(page.findElement(By.id("enrol:language"))).selectByValue("fr");
            assertThat(page.findElement(By.id("enrol:byMail")).isSelected())
                    .as("mail set up: a link, unless HR says otherwise")
                    .isTrue();
            page.findElement(By.id("enrol:enrolButton")).click();
            assertThat(new WebDriverWait(page, Duration.ofSeconds(10))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolled-mailed")))
                            .getText())
                    .startsWith("A link to choose a password is mailed to ola@cafe.example.");
            assertThat(page.findElements(By.id("enrolled-password"))).isEmpty();
            page.get(base.toExternalForm() + "hr/people.xhtml?q=M-8");
            assertThat(page.findElement(By.cssSelector("tr[data-employee-number='M-8'] .mail-language"))
                            .getText())
                    .isEqualTo("Mail: Français");
        }
        assertThat(runMail()).isEqualTo("2 sent, 0 to try again, 0 given up");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(smtp.getReceivedMessages()[2].getAllRecipients()[0].toString())
                .isEqualTo("ola@cafe.example");
        assertThat(smtp.getReceivedMessages()[2].getSubject())
                .as("the language HR chose")
                .isEqualTo("Choisissez votre mot de passe ExtraMile");
        MimeMessage inFrench = smtp.getReceivedMessages()[1];
        assertThat(inFrench.getSubject()).isEqualTo("Choisissez votre mot de passe ExtraMile");
        assertThat((String) inFrench.getContent())
                .startsWith("Bonjour Noor Newhire,")
                .contains("Votre nom d’utilisateur est m-7.");
        assertThat(TestDatabase.number("select count(*) from password_link l join account a on a.id = l.account_id"
                        + " where a.username = 'm-7' and l.used_at is null"))
                .as("the newest link only")
                .isEqualTo(1);
    }

    @Test
    void shouldMailWhoeverForgotTheirPasswordALinkToChooseANewOneAndTellNobodyWhoHasAnAccount() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String trainee = Trainees.create("forgetful");
        TestDatabase.updateOne("update account set email = ? where username = ?", "kim@cafe.example", trainee);

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base.toExternalForm() + "login.xhtml");
            page.findElement(By.id("forgot-link")).click();
            browser.waitForUrlContaining("forgot.xhtml");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Forgot your password?");
            Accessibility.assertNoSeriousViolations(page, "the forgotten password page");
            String nobody = askForALink(browser, "nobody-here@cafe.example");
            assertThat(nobody)
                    .startsWith("If an account has that username or address")
                    .contains("60 minutes");
            assertThat(askForALink(browser, "KIM@cafe.example"))
                    .as("the same answer, account or not")
                    .isEqualTo(nobody);
            assertThat(askForALink(browser, trainee)).isEqualTo(nobody);

            // A script walking a list of addresses is paused after five requests from one address in an hour.
            askForALink(browser, "nobody-4@cafe.example");
            askForALink(browser, "nobody-5@cafe.example");
            page.get(base.toExternalForm() + "forgot.xhtml");
            page.findElement(By.id("forgot:who")).sendKeys(trainee);
            page.findElement(By.id("forgot:send")).click();
            assertThat(new WebDriverWait(page, Duration.ofSeconds(10))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:forgot-messages")))
                            .getText())
                    .isEqualTo("Too many links were asked for from your network in the last hour."
                            + " Try again in 60 minutes, or ask HR.");
        }
        // The link is written after the page answered, so that its timing tells nobody who has an account.
        TestDatabase.awaitNumber(1, "select count(*) from outgoing_mail where recipient = ?", "kim@cafe.example");
        assertThat(runMail()).as("one link in five minutes").isEqualTo("1 sent, 0 to try again, 0 given up");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kim@cafe.example");
        assertThat(mail.getSubject()).isEqualTo("Choose a new ExtraMile password");
        String body = (String) mail.getContent();
        assertThat(body).contains("your ExtraMile account " + trainee + ".", "your password stays as it is");
        Matcher link = Pattern.compile("https://training\\.cafe\\.example/(welcome\\.xhtml\\?token=\\S+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(api.get("/api/scenarios", trainee).status())
                .as("the old password works until the link is used")
                .isEqualTo(200);

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base.toExternalForm() + link.group(1));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Choose a new password");
            assertThat(page.findElement(By.id("welcome-lead")).getText()).contains("Your old password stops working");
            choose(page, "a fresh long phrase", "a fresh long phrase");
            browser.waitForUrlContaining("login.xhtml?passwordSet=true");
        }
        assertThat(api.get("/api/scenarios", trainee).status()).isEqualTo(401);
        assertThat(api.get("/api/scenarios", trainee + ":a fresh long phrase").status())
                .isEqualTo(200);
    }

    @Test
    void shouldMailEveryoneTheRosterBroughtInWhoCannotLogInYetOnceAndNameThoseWithoutAnAddress() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String roster = "employeeNumber,name,email,branch,hireDate,language\n"
                + "R-1,Rae One,rae@cafe.example,CITY,2026-12-01,\n"
                + "R-2,Rob Two,rob@cafe.example,CITY,2026-12-01,fr\n"
                + "R-3,Ria Three,ria@cafe.example,CITY,2026-12-01,\n";
        Api.Reply imported = api.post("/api/people/import", "hr", "text/csv", roster.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        TestDatabase.updateOne("update account set email = null where employee_number = ?", "R-3");
        Api.Reply withoutMail = api.postJson("/api/people/invitations", "hr", "");
        assertThat(withoutMail.status()).isEqualTo(400);
        assertThat(withoutMail.body()).contains("'delivery=mail' is required");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "hr");
            page.get(base.toExternalForm() + "hr/people.xhtml");
            assertThat(page.findElement(By.id("without-password-count")).getText())
                    .startsWith("3 people on the roster have no password yet.");
            Accessibility.assertNoSeriousViolations(page, "the people page offering to mail everyone");
            assertThat(mailEveryone(page))
                    .containsExactly(
                            "2 links mailed.",
                            "One person has no email address (R-3): issue them a one-time password to hand over.");
            assertThat(mailEveryone(page))
                    .as("nobody mailed twice while their link works")
                    .startsWith("No link mailed; 2 people’s earlier links still work, so they were left alone.");
        }
        assertThat(runMail()).isEqualTo("2 sent, 0 to try again, 0 given up");
        assertThat(smtp.getReceivedMessages())
                .extracting(message -> message.getAllRecipients()[0] + ": " + message.getSubject())
                .as("each in the language HR gave, or the installation's")
                .containsExactlyInAnyOrder(
                        "rae@cafe.example: Choose your ExtraMile password",
                        "rob@cafe.example: Choisissez votre mot de passe ExtraMile");
        Api.Reply again = api.postJson("/api/people/invitations?delivery=mail", "hr", "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getInt("linkStillWorks")).isEqualTo(2);
        assertThat(again.json().asJsonObject().getJsonArray("withoutEmail").getString(0))
                .isEqualTo("R-3");
    }

    @Test
    void shouldMailARosterLargerThanABatchEachPersonOnce() throws Exception {
        StringBuilder roster = new StringBuilder("employeeNumber,name,email,branch,hireDate\n");
        for (int i = 0; i < 450; i++) {
            roster.append("N-")
                    .append(i)
                    .append(",Nell ")
                    .append(i)
                    .append(",n")
                    .append(i)
                    .append("@nell.example,CITY,2026-12-01\n");
        }
        Api.Reply imported = api.post(
                "/api/people/import", "hr", "text/csv", roster.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "hr");
            page.get(base.toExternalForm() + "hr/people.xhtml");

            // HR on the page and an administrator's script on the API at the same time (two runs: one person's second
            // start would follow their first): each person is mailed once, by one of them.
            WebElement button = page.findElement(By.id("bulk:mail-everyone"));
            button.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(button));
            Api.Reply alongside = api.postJson(
                    "/api/people/invitations?delivery=mail", "admin", "", Map.of("Prefer", "respond-async"));
            assertThat(alongside.status()).as(alongside.toString()).isEqualTo(202);
            assertThat(alongside.location()).as("where to follow it").contains("/api/people/invitations/");
            assertThat(alongside.json().asJsonObject().getString("status")).isIn("RUNNING", "DONE");
            List<String> said = pageMessages(page, button);
            JsonObject run = invitationRun(alongside.location());
            Api.Reply second = api.postJson("/api/people/invitations?delivery=mail", "hr", "");

            assertThat(run.getString("startedBy")).isEqualTo("admin");
            assertThat(run.getJsonObject("progress").getInt("done"))
                    .as("everyone without a password looked at by the API's run too")
                    .isEqualTo(run.getJsonObject("progress").getInt("total"))
                    .isGreaterThanOrEqualTo(450);
            assertThat(linksMailed(said.get(0)) + run.getJsonObject("result").getInt("mailed"))
                    .as(said.get(0) + " and " + run)
                    .isGreaterThanOrEqualTo(450);
            assertThat(page.getCurrentUrl())
                    .as("the page follows the mailing as a job")
                    .contains("invitations=");
            JsonObject progress = jobProgress(page, page.getCurrentUrl().replaceAll(".*invitations=", ""));
            assertThat(progress.getString("state")).isEqualTo("DONE");
            assertThat(progress.getString("stage")).isEqualTo("MAILING");
            assertThat(progress.getInt("done"))
                    .as("everyone without a password looked at")
                    .isEqualTo(progress.getInt("total"))
                    .isGreaterThanOrEqualTo(450);
            String links = "select count(*) from password_link l join account a on a.id = l.account_id"
                    + " where a.employee_number like 'N-%'";
            assertThat(TestDatabase.number(links))
                    .as("one link each, across three batches")
                    .isEqualTo(450);
            assertThat(TestDatabase.number("select count(distinct l.account_id) from password_link l join account a"
                            + " on a.id = l.account_id where a.employee_number like 'N-%'"))
                    .isEqualTo(450);
            assertThat(second.json().asJsonObject().getInt("mailed")).isZero();
            assertThat(second.json().asJsonObject().getInt("linkStillWorks")).isGreaterThanOrEqualTo(450);
            assertThat(TestDatabase.number(links)).as("nobody mailed twice").isEqualTo(450);
            assertThat(fromPage(page, "hr/job-progress?job=" + UUID.randomUUID(), "status"))
                    .as("only this session's jobs are found")
                    .isEqualTo("404");
            Api.Reply unknown = api.get("/api/people/invitations/" + UUID.randomUUID(), "hr");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.body()).contains("There is no bulk invitation");

            // A run recorded as running whose node stopped: the page says so and offers the button again.
            UUID stopped = UUID.randomUUID();
            TestDatabase.updateOne(
                    "insert into invitation_run (id, started_by, started_at, status, total, looked, mailed,"
                            + " still_working) values (?, 'hr', now(), 'RUNNING', 900, 400, 0, 0)",
                    stopped);
            page.get(base.toExternalForm() + "hr/people.xhtml?invitations=" + stopped);
            assertThat(page.findElement(By.cssSelector(".messages")).getText())
                    .contains("The mailing stopped with the server that ran it, after 400 of 900 people");
            assertThat(page.findElements(By.id("bulk:mail-everyone"))).hasSize(1);
        } finally {
            // The other tests count the mail they send and the people without a password: take these out of both.
            try (Connection connection = TestDatabase.connect();
                    Statement cleanUp = connection.createStatement()) {
                cleanUp.executeUpdate("delete from outgoing_mail where recipient like '%@nell.example'");
                cleanUp.executeUpdate("update account set active = false where employee_number like 'N-%'");
            }
        }
    }

    /** The bulk invitation at the address the API gave, once it has ended. */
    private JsonObject invitationRun(String location) throws InterruptedException {
        String path = location.substring(location.indexOf("/api/"));
        for (int polls = 0; polls < 600; polls++) {
            Api.Reply reply = api.get(path, "hr");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject run = reply.json().asJsonObject();
            if (!run.getString("status").equals("RUNNING")) {
                assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The bulk invitation at " + location + " is still running after a minute.");
    }

    @Test
    void shouldShowAnAdministratorWhatBecameOfEachMailAndTestTheServerAtOnce() throws Exception {
        String hire = "{\"employeeNumber\": \"Q-1\", \"name\": \"Lee Waiting\", \"email\": \"lee@cafe.example\","
                + " \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\"}";
        Api.Reply german =
                api.postJson("/api/people?delivery=mail", "hr", hire.replace("}", ", \"language\": \"de\"}"));
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.body()).contains("'language' is en or fr");
        Api.Reply enrolled = api.postJson("/api/people?delivery=mail", "hr", hire);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.json().asJsonObject()).doesNotContainKey("oneTimePassword");
        assertThat(enrolled.json().asJsonObject().getJsonObject("mailed").getString("mailedTo"))
                .isEqualTo("lee@cafe.example");
        assertThat(runMail()).as("no SMTP server yet").isEqualTo("0 sent, 1 to try again, 0 given up");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "admin");
            page.get(base.toExternalForm() + "admin/mail.xhtml?to=LEE@");
            assertThat(page.findElement(By.id("mail-settings")).getText())
                    .contains("127.0.0.1:" + SMTP_PORT, "none", "Cafe Training <training@cafe.example>");
            WebElement waiting = page.findElement(By.cssSelector("#mail-table tbody tr"));
            assertThat(waiting.getText())
                    .contains("lee@cafe.example", "Choose your ExtraMile password", "Waiting")
                    .contains("one attempt failed", "Cannot reach the SMTP server 127.0.0.1:" + SMTP_PORT);
            assertThat(page.getPageSource())
                    .as("the link is nobody's to read here")
                    .doesNotContain("token=");

            assertThat(sendTestMail(page, "admin@cafe.example"))
                    .startsWith("The test mail to admin@cafe.example could not be sent through 127.0.0.1:" + SMTP_PORT
                            + ": MailConnectException");
            Accessibility.assertNoSeriousViolations(page, "the mail page with a failed test");

            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            assertThat(sendTestMail(page, "admin@cafe.example"))
                    .startsWith("The server 127.0.0.1:" + SMTP_PORT + " took the test mail to admin@cafe.example.");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("ExtraMile test mail");
            assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains("admin sent it");

            TestDatabase.updateOne(
                    "update outgoing_mail set next_attempt_at = now() - interval '1 second' where recipient = ?",
                    "lee@cafe.example");
            assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
            page.get(base.toExternalForm() + "admin/mail.xhtml?status=sent&to=lee");
            assertThat(page.findElement(By.cssSelector("#mail-table tbody tr")).getText())
                    .contains("Sent", "Taken by the server on", "(attempt 2)")
                    .doesNotContain("Cannot reach");
            assertThat(new Select(page.findElement(By.id("status")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Sent");
            browser.screenshot("admin-mail");
        }

        String lost = "{\"employeeNumber\": \"Q-2\", \"name\": \"Max Lost\", \"email\": \"max@cafe.example\","
                + " \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\"}";
        assertThat(api.postJson("/api/people", "hr", lost).status()).isEqualTo(201);
        assertThat(api.postJson("/api/people/Q-2/invitation?delivery=mail", "hr", "")
                        .status())
                .isEqualTo(200);
        smtp.stop();
        smtp = null;
        TestDatabase.updateOne("update outgoing_mail set attempts = 7 where recipient = ?", "max@cafe.example");
        TestDatabase.updateOne(
                "update outgoing_mail set sent_at = now() - interval '91 days' where recipient = ?",
                "lee@cafe.example");
        assertThat(runMail())
                .as("two days of attempts end; a mail sent 91 days ago is forgotten")
                .isEqualTo("0 sent, 0 to try again, 1 given up; 1 sent or given up over 90 days ago forgotten");

        Api.Reply givenUp = api.get("/api/admin/mail?status=given-up&to=max@", "admin");
        assertThat(givenUp.status()).as(givenUp.toString()).isEqualTo(200);
        JsonObject outbox = givenUp.json().asJsonObject();
        assertThat(outbox.getBoolean("enabled")).isTrue();
        JsonObject mail = outbox.getJsonObject("mail").getJsonArray("items").getJsonObject(0);
        assertThat(mail.getString("to")).isEqualTo("max@cafe.example");
        assertThat(mail.getString("status")).isEqualTo("GIVEN_UP");
        assertThat(mail.getInt("attempts")).isEqualTo(8);
        assertThat(mail.getString("lastError")).startsWith("Cannot reach the SMTP server");
        assertThat(mail).doesNotContainKey("body");
        assertThat(api.get("/api/admin/mail?to=lee@cafe.example", "admin")
                        .json()
                        .asJsonObject()
                        .getJsonObject("mail")
                        .getInt("total"))
                .as("forgotten")
                .isZero();
        Api.Reply notAnAddress = api.postJson("/api/admin/mail/test", "admin", "{\"to\": \"not an address\"}");
        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.body()).contains("'not an address' is not an email address.");
        Api.Reply noAddress = api.postJson("/api/admin/mail/test", "admin", "{}");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.body()).contains("Give the address to send the test mail to.");
        List<JsonObject> tests = api.get("/api/audit?action=MAIL_TEST&size=200", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(tests)
                .as("who had the server mail whom, refused or taken")
                .extracting(event -> event.getString("actor") + " "
                        + event.getJsonObject("details").getString("to") + " "
                        + event.getJsonObject("details").getBoolean("accepted"))
                .containsExactlyInAnyOrder("admin admin@cafe.example false", "admin admin@cafe.example true");
    }

    @Test
    void shouldTellATrainerWhoFollowsScenariosOfTheAnswersWaitingInThoseOnly() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String address = TestDatabase.text("select email from account where username = ?", "trainer");
        TestDatabase.updateOne("update account set email = ? where username = ?", "coach@cafe.example", "trainer");
        TestDatabase.updateOne("update account set mail_review_digest = true where username = ?", "trainer");
        try {
            Api.Reply follows = api.putJson("/api/me/scenarios/genuine-welcome", "trainer", "");
            assertThat(follows.status()).as(follows.toString()).isEqualTo(200);
            assertThat(api.putJson("/api/me/scenarios/genuine-welcome", "trainer", "")
                            .json()
                            .asJsonArray())
                    .as("following again changes nothing")
                    .extracting(s -> s.asJsonObject().getString("slug"))
                    .containsExactly("genuine-welcome");
            Api.Reply unknown = api.putJson("/api/me/scenarios/no-such-scenario", "trainer", "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).contains("There is no scenario 'no-such-scenario'.");
            runDigest();
            runMail();
            smtp.purgeEmailFromAllMailboxes();

            // An answer for review in a scenario the trainer does not follow: others hear of it, not them.
            RolePlays plays = new RolePlays(api);
            String first = Trainees.create("unfollowed");
            plays.answer(
                    first,
                    plays.start(first, "mixed-up-order").getString("id"),
                    "wrong-drink",
                    "I'll have a word with the barista.");
            runDigest();
            runMail();
            assertThat(to("coach@cafe.example"))
                    .as("nothing new in genuine-welcome")
                    .isEmpty();

            // Following that scenario too, the next one reaches them, counted in the scenarios they follow.
            assertThat(api.putJson("/api/me/scenarios/mixed-up-order", "trainer", "")
                            .json()
                            .asJsonArray())
                    .extracting(s -> s.asJsonObject().getString("slug"))
                    .as("by title")
                    .containsExactly("mixed-up-order", "genuine-welcome");
            String second = Trainees.create("followed");
            plays.answer(
                    second,
                    plays.start(second, "mixed-up-order").getString("id"),
                    "wrong-drink",
                    "I'll have a word with the barista.");
            List<JsonObject> theirs = api.get("/api/review?followed=true&size=200", "trainer")
                    .json()
                    .asJsonObject()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(theirs)
                    .extracting(item -> item.getString("scenario"))
                    .isSubsetOf("mixed-up-order", "genuine-welcome")
                    .contains("mixed-up-order");
            assertThat(api.get("/api/review?followed=maybe", "trainer").status())
                    .isEqualTo(400);
            runDigest();
            runMail();
            List<MimeMessage> digests = to("coach@cafe.example");
            assertThat(digests).hasSize(1);
            assertThat(digests.get(0).getSubject()).isEqualTo("Answers waiting for your review: " + theirs.size());
            assertThat((String) digests.get(0).getContent())
                    .contains("or their trainee asked for another look), in the scenarios you follow, since ")
                    .contains(": 1. Waiting for review in them: " + theirs.size() + ", the oldest since ")
                    .contains("https://training.cafe.example/trainer/review.xhtml?followed=true")
                    .contains("on the scenarios page: https://training.cafe.example/trainer/scenarios.xhtml");
        } finally {
            api.delete("/api/me/scenarios/mixed-up-order", "trainer");
            assertThat(api.delete("/api/me/scenarios/genuine-welcome", "trainer")
                            .json()
                            .asJsonArray())
                    .isEmpty();
            TestDatabase.updateOne("update account set email = ? where username = ?", address, "trainer");
        }
    }

    @Test
    void shouldTellTrainersOnceADayOfTheAnswersThatCameForReview() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String trainer = "{\"employeeNumber\": \"T-1\", \"name\": \"Robin Coach\", \"email\": \"robin@cafe.example\","
                + " \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\", \"roles\": [\"TRAINER\"]}";
        assertThat(api.postJson("/api/people", "hr", trainer).status()).isEqualTo(201);
        runDigest();
        assertThat(runDigest()).as("nothing new since the last digest").startsWith("nothing mailed: no answer came");

        String trainee = Trainees.create("doubted");
        RolePlays plays = new RolePlays(api);
        String attempt = plays.start(trainee, "mixed-up-order").getString("id");
        JsonObject doubtful = plays.answer(trainee, attempt, "wrong-drink", "I'll have a word with the barista.")
                .json()
                .asJsonObject();
        assertThat(doubtful.getJsonObject("turn").getBoolean("underReview")).isTrue();
        long waiting = api.get("/api/review", "trainer").json().asJsonObject().getInt("total");

        assertThat(runDigest()).isEqualTo("1 trainer(s) mailed: 1 new answer(s) for review, " + waiting + " waiting");
        assertThat(runDigest()).as("once").startsWith("nothing mailed");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        MimeMessage digest = smtp.getReceivedMessages()[0];
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("robin@cafe.example");
        assertThat(digest.getSubject()).isEqualTo("Answers waiting for your review: " + waiting);
        assertThat((String) digest.getContent())
                .startsWith("Hello Robin Coach,")
                .contains(
                        "New answers for review (the scorer was unsure of them, or their trainee asked for another look),"
                                + " since ")
                .contains(": 1. Waiting for review in all: " + waiting + ", the oldest since ")
                .contains("https://training.cafe.example/trainer/review.xhtml")
                .contains("turn it off on your account page: https://training.cafe.example/account.xhtml");

        // The demo trainer, given an address, would rather not: turned off through the API, then on again on the page.
        TestDatabase.updateOne("update account set email = ? where username = ?", "coach@cafe.example", "trainer");
        JsonObject choices = api.get("/api/me/mail", "trainer").json().asJsonObject();
        assertThat(choices.getBoolean("reviewDigestOffered")).isTrue();
        assertThat(choices.getBoolean("expiryRemindersOffered")).isFalse();
        assertThat(choices.getBoolean("reviewDigest")).isTrue();
        int seen = choices.getInt("version");
        Api.Reply off = api.putJson("/api/me/mail", "trainer", "{\"reviewDigest\": false, \"version\": " + seen + "}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().asJsonObject().getInt("version")).isEqualTo(seen + 1);
        Api.Reply stale = api.putJson("/api/me/mail", "trainer", "{\"reviewDigest\": true, \"version\": " + seen + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed elsewhere since you saw them");
        Api.Reply unversioned = api.putJson("/api/me/mail", "trainer", "{\"reviewDigest\": true}");
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.body()).contains("'version' is required");

        String asker = Trainees.create("asker");
        JsonObject played = plays.start(asker, "mixed-up-order");
        plays.playToTheEnd(asker, played, step -> plays.goodAnswer("mixed-up-order", step));
        String another = Trainees.create("doubted-again");
        String second = plays.start(another, "mixed-up-order").getString("id");
        plays.answer(another, second, "wrong-drink", "I'll have a word with the barista.");
        assertThat(runDigest()).as("Robin only").startsWith("1 trainer(s) mailed: 1 new answer(s) for review");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        assertThat(smtp.getReceivedMessages()[1].getAllRecipients()[0].toString())
                .isEqualTo("robin@cafe.example");
        // An answer given before that digest, which its trainee asked a trainer to look at again since, is new.
        plays.askForAnotherLook(asker, played.getString("id"), 0, "I did own it.");
        assertThat(runDigest()).startsWith("1 trainer(s) mailed: 1 new answer(s) for review");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "trainer");
            page.findElement(By.id("session:account")).click();
            browser.waitForUrlContaining("account.xhtml");
            assertThat(page.findElement(By.id("account-email")).getText()).isEqualTo("coach@cafe.example");
            assertThat(page.findElements(By.id("mail:expiryReminders")))
                    .as("a trainee's")
                    .isEmpty();
            WebElement digestBox = page.findElement(By.id("mail:reviewDigest"));
            assertThat(digestBox.isSelected()).isFalse();
            digestBox.click();
            WebElement save = page.findElement(By.id("mail:save"));
            save.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(save));
            assertThat(page.findElement(By.id("messages")).getText()).contains("Your mail choices are saved.");
            assertThat(page.findElement(By.id("mail:reviewDigest")).isSelected())
                    .isTrue();
            Accessibility.assertNoSeriousViolations(page, "the account page");
        }
        assertThat(api.get("/api/me/mail", "trainer").json().asJsonObject().getBoolean("reviewDigest"))
                .isTrue();

        // The trainee finishes; the review that settles the last doubt mails them their result.
        TestDatabase.updateOne("update account set email = ? where username = ?", "dana@cafe.example", trainee);
        plays.playToTheEnd(
                trainee,
                api.get("/api/attempts/" + attempt, trainee).json().asJsonObject(),
                step -> plays.goodAnswer("mixed-up-order", step));
        assertThat(runMail()).as("nothing before the review").isEqualTo("0 sent, 0 to try again, 0 given up");
        Api.Reply reviewed = api.postJson(
                "/api/review/" + doubtful.getJsonObject("turn").getString("id"),
                "trainer",
                "{\"levels\": {\"deflects-or-blames\": \"absent\", \"own-the-mistake\": \"partly\"},"
                        + " \"reason\": \"Talking to the barista is owning it.\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonObject settled = reviewed.json().asJsonObject();
        assertThat(settled.getBoolean("underReview")).isFalse();
        assertThat(runMail()).startsWith("1 sent");
        MimeMessage result = smtp.getReceivedMessages()[3];
        assertThat(result.getAllRecipients()[0].toString()).isEqualTo("dana@cafe.example");
        assertThat(result.getSubject()).isEqualTo("Your answers in " + settled.getString("title") + " were reviewed");
        JsonObject points = settled.getJsonObject("result");
        assertThat((String) result.getContent())
                .contains("Your result now: " + (points.getBoolean("passed") ? "passed" : "not passed") + ", "
                        + points.getInt("points") + " of " + points.getInt("maxPoints") + " points.")
                .contains("https://training.cafe.example/play.xhtml?attempt=" + attempt);
    }

    @Test
    void shouldRemindTraineesOfAProgramsDeadlineAsItComesAndOnceAfterItHasPassed() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // A deadline far from anyone the other tests hired lately: only the hire dates set here come near it.
        Api.Reply program = api.postJson(
                "/api/programs",
                "trainer",
                """
                {"slug": "till-drill", "title": "Till drill", "description": "The till, every time.",
                 "scenarios": ["genuine-welcome"], "validityMonths": 12, "dueDays": 3000,
                 "issuer": {"name": "Store Academy", "url": "https://academy.example.org"}}""");
        assertThat(program.status()).as(program.toString()).isEqualTo(201);
        LocalDate today = LocalDate.now();
        // As if the deadline had been set before any of them was hired: each counts from their hire date.
        TestDatabase.updateOne("update program set due_since = ? where slug = ?", today.minusDays(4000), "till-drill");
        String soon = hiredFor(2995, "soon@cafe.example");
        String tomorrow = hiredFor(2999, "tomorrow@cafe.example");
        String late = hiredFor(3010, "late@cafe.example");
        TestDatabase.updateOne("update account set language = 'fr' where username = ?", late);
        String quiet = hiredFor(2995, "quiet@cafe.example");

        // A trainee who would rather rely on their scenarios page turns these reminders off.
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, quiet);
            page.get(base + "account.xhtml");
            WebElement box = page.findElement(By.id("mail:deadlineReminders"));
            assertThat(box.isSelected()).isTrue();
            box.click();
            WebElement save = page.findElement(By.id("mail:save"));
            save.click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(Browser.replaced(save));
            assertThat(page.findElement(By.id("mail:deadlineReminders")).isSelected())
                    .isFalse();
            assertThat(page.findElement(By.id("mail:expiryReminders")).isSelected())
                    .as("the other choice stays")
                    .isTrue();
        }
        assertThat(api.get("/api/me/mail", quiet).json().asJsonObject().getBoolean("deadlineReminders"))
                .isFalse();

        // HR hears of who has just become late, unless they would rather rely on the dashboard.
        String officer = hrOfficer("officer@cafe.example");
        String busy = hrOfficer("busy@cafe.example");
        JsonObject theirs = api.get("/api/me/mail", busy).json().asJsonObject();
        assertThat(theirs.getBoolean("lateDigestOffered")).isTrue();
        assertThat(theirs.getBoolean("expiryRemindersOffered")).isFalse();
        assertThat(api.putJson(
                                "/api/me/mail",
                                busy,
                                "{\"lateDigest\": false, \"version\": " + theirs.getInt("version") + "}")
                        .status())
                .isEqualTo(200);

        assertThat(runReminders()).startsWith("4 reminder(s) written");
        JsonObject progress = api.get("/api/admin/jobs/deadline-reminders", "admin")
                .json()
                .asJsonObject()
                .getJsonObject("lastRun")
                .getJsonObject("progress");
        assertThat(progress.getInt("done")).as("deadlines looked at").isEqualTo(4);
        assertThat(progress.getInt("total")).isEqualTo(4);
        assertThat(runMail())
                .as("three trainees (not the one who turned them off) and one officer")
                .isEqualTo("4 sent, 0 to try again, 0 given up");
        MimeMessage digest = to("officer@cafe.example").get(0);
        assertThat(digest.getSubject()).isEqualTo("A trainee has become late with their training");
        assertThat((String) digest.getContent())
                .startsWith("Hello Officer " + officer + ",")
                .contains("- Trainee " + late + " (" + late + "), Till drill, due " + date(today.minusDays(10)))
                .contains("https://training.cafe.example/hr/dashboard.xhtml")
                .doesNotContain(soon);
        assertThat(to("busy@cafe.example")).isEmpty();
        String dueSoon = date(today.plusDays(5));
        MimeMessage week = to("soon@cafe.example").get(0);
        assertThat(week.getSubject()).isEqualTo("Earn Till drill by " + dueSoon);
        assertThat((String) week.getContent())
                .startsWith("Hello Trainee " + soon + ",")
                .contains("asks you to earn the certificate of Till drill by " + dueSoon + ", in 5 days.")
                .contains("So far you have passed 0 of its 1 scenarios.")
                .contains("https://training.cafe.example/scenarios.xhtml")
                .contains("turn these reminders off on your account page: https://training.cafe.example/account.xhtml");
        assertThat((String) to("tomorrow@cafe.example").get(0).getContent())
                .as("the narrowest window it is in, not the week's as well")
                .contains(date(today.plusDays(1)) + ", tomorrow.");
        assertThat(TestDatabase.number(
                        "select count(*) from deadline_reminder d join account a on a.id = d.account_id"
                                + " where a.username = ?",
                        tomorrow))
                .isEqualTo(1);
        MimeMessage passed = to("late@cafe.example").get(0);
        assertThat(passed.getSubject()).startsWith("Votre échéance pour Till drill est passée");
        assertThat((String) passed.getContent())
                .startsWith("Bonjour Trainee " + late + ",")
                .contains("il y a 10 jours")
                .contains("C’est le dernier rappel de cette échéance.");

        assertThat(runReminders()).as("each reminder once").startsWith("0 reminder(s) written");

        // Four days on, the week's reminder is followed by the day's; the one whose deadline passed hears no more.
        TestDatabase.updateOne(
                "update deadline_reminder set due_by = due_by - 4 where account_id ="
                        + " (select id from account where username = ?)",
                soon);
        TestDatabase.updateOne("update account set hire_date = hire_date - 4 where username = ?", soon);
        assertThat(runReminders()).startsWith("1 reminder(s) written");
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        assertThat((String) to("soon@cafe.example").get(1).getContent()).contains(", tomorrow.");
        assertThat(to("late@cafe.example")).hasSize(1);

        // HR gives the late one three more weeks: they hear of the new day at once, in their language.
        TestDatabase.updateOne("update account set employee_number = 'DUE-1' where username = ?", late);
        Api.Reply extended = api.putJson(
                "/api/people/DUE-1/deadlines/till-drill",
                "hr",
                "{\"dueBy\": \"" + today.plusDays(21) + "\", \"reason\": \"Sick leave\"}");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(runMail()).isEqualTo("1 sent, 0 to try again, 0 given up");
        MimeMessage moved = to("late@cafe.example").get(1);
        assertThat(moved.getSubject()).startsWith("Votre échéance pour Till drill est désormais le ");
        assertThat((String) moved.getContent()).contains("dans 21 jours").doesNotContain("Sick leave");
    }

    @Test
    void shouldSendTheMailSomebodyWaitsForBeforeABacklogOfReminders() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // A deadline set on a program with a backlog left 250 reminders waiting since an hour ago.
        try (var connection = TestDatabase.connect();
                var insert = connection.prepareStatement("insert into outgoing_mail (id, recipient, subject, body,"
                        + " created_at, next_attempt_at, attempts, bulk) select nextval('outgoing_mail_seq'),"
                        + " 'reminded-' || i || '@cafe.example', 'Reminder', 'Body', now() - interval '1 hour',"
                        + " now() - interval '1 hour', 0, true from generate_series(1, 250) as i")) {
            insert.executeUpdate();
        }
        // Then HR enrols a new hire who waits for the link to choose a password.
        String hire = "{\"employeeNumber\": \"U-1\", \"name\": \"Uma Urgent\", \"email\": \"uma@cafe.example\","
                + " \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\"}";
        assertThat(api.postJson("/api/people?delivery=mail", "hr", hire).status())
                .isEqualTo(201);

        assertThat(runMail()).as("200 a run").isEqualTo("200 sent, 0 to try again, 0 given up");
        assertThat(to("uma@cafe.example")).as("first, though queued last").hasSize(1);
        assertThat(TestDatabase.number("select count(*) from outgoing_mail where bulk and sent_at is null"))
                .isEqualTo(51);
        assertThat(runMail()).isEqualTo("51 sent, 0 to try again, 0 given up");
    }

    /** An HR officer with that address, named "Officer" and their username. */
    private static String hrOfficer(String email) throws Exception {
        String officer = Trainees.create("officer");
        TestDatabase.updateOne(
                "update account set email = ?, display_name = 'Officer ' || username where username = ?",
                email,
                officer);
        TestDatabase.updateOne(
                "update account_role set role = 'HR' where account_id = (select id from account where username = ?)",
                officer);
        return officer;
    }

    /** A trainee with that address hired {@code daysAgo}: for till-drill's deadline, 3000 days from the hire. */
    private static String hiredFor(int daysAgo, String email) throws Exception {
        String trainee = Trainees.create("due");
        TestDatabase.updateOne(
                "update account set email = ?, hire_date = current_date - " + daysAgo + " where username = ?",
                email,
                trainee);
        return trainee;
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private String runReminders() throws InterruptedException {
        assertThat(Jobs.start(api, "deadline-reminders").status()).isEqualTo(202);
        return Jobs.finishedRun(api, "deadline-reminders").getString("outcome");
    }

    private String runDigest() throws InterruptedException {
        assertThat(Jobs.start(api, "review-digest").status()).isEqualTo(202);
        return Jobs.finishedRun(api, "review-digest").getString("outcome");
    }

    /** Sends a test mail from the mail page and answers the message the page then shows. */
    private static String sendTestMail(WebDriver page, String to) {
        WebElement address = page.findElement(By.id("test:address"));
        address.clear();
        address.sendKeys(to);
        WebElement send = page.findElement(By.id("test:send"));
        send.click();
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(40));
        wait.until(Browser.replaced(send));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li")))
                .getText();
    }

    /** Presses "Mail each a link" and answers the page's messages once it has answered. */
    private static List<String> mailEveryone(WebDriver page) {
        WebElement button = page.findElement(By.id("bulk:mail-everyone"));
        button.click();
        return pageMessages(page, button);
    }

    /** How many links the page's first message says were mailed. */
    private static int linksMailed(String message) {
        if (message.startsWith("No link mailed")) {
            return 0;
        }
        return message.startsWith("One link mailed") ? 1 : Integer.parseInt(message.replaceAll(" links mailed.*", ""));
    }

    /** The page's messages once the mailing started by {@code button} has ended. */
    private static List<String> pageMessages(WebDriver page, WebElement button) {
        // It runs as a job: the page follows its progress and says what it did once it has ended.
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));
        wait.until(Browser.replaced(button));
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#messages li"))).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** What the progress servlet says of a job, asked from the page's session as its script asks. */
    private JsonObject jobProgress(WebDriver page, String job) {
        String json = fromPage(page, "hr/job-progress?job=" + job, "text()");
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** Fetches an address in the page's session and answers the response's property (status, text()). */
    private String fromPage(WebDriver page, String path, String property) {
        Object answer = ((JavascriptExecutor) page)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];" + " fetch(arguments[0]).then(r => r." + property
                                + ").then(a => done(String(a)));",
                        base.toExternalForm() + path);
        return answer.toString();
    }

    /** Sends the forgotten-password form and answers what the page then says. */
    private String askForALink(Browser browser, String who) {
        WebDriver page = browser.driver();
        page.get(base.toExternalForm() + "forgot.xhtml");
        page.findElement(By.id("forgot:who")).sendKeys(who);
        page.findElement(By.id("forgot:send")).click();
        browser.waitForUrlContaining("sent=true");
        return page.findElement(By.id("forgot-sent")).getText();
    }

    private static void choose(WebDriver page, String password, String again) {
        for (String[] field : new String[][] {{"new", password}, {"repeated", again}}) {
            WebElement input = page.findElement(By.id("welcome:" + field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(10));
        wait.until(Browser.passwordMeterAnswered());
        WebElement submit = page.findElement(By.id("welcome:choose"));
        submit.click();
        wait.until(Browser.replaced(submit));
    }

    /** Runs the mail job as an administrator would and answers its outcome. */
    private String runMail() throws InterruptedException {
        assertThat(Jobs.start(api, "mail").status()).isEqualTo(202);
        return Jobs.finishedRun(api, "mail").getString("outcome");
    }

    private static long waiting() throws Exception {
        return TestDatabase.number(
                "select count(*) from outgoing_mail where recipient = ? and sent_at is null", ADDRESS);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
