package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.TestDatabase;
import java.net.URI;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;

/**
 * A trainee logs in through the form, sees the scenario catalogue, and logs out; a new hire replaces HR's one-time
 * password first.
 */
class LoginIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldLogATraineeInShowTheScenariosAndLogOut() {
        page.get(base.toExternalForm());

        assertThat(page.getCurrentUrl()).contains("/login.xhtml");
        assertIconShown();
        logIn("trainee", "demo");

        browser.waitForUrlContaining("/scenarios.xhtml");
        assertIconShown();
        assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo("Sam Taylor");
        assertThat(page.findElement(By.id("user-role")).getText()).isEqualTo("Trainee");
        assertThat(page.findElements(By.cssSelector("#scenario-list .card")))
                .extracting(card -> card.getAttribute("data-slug"))
                .containsExactly(
                        "free-upgrade",
                        "fetch-from-another-branch",
                        "buy-the-missing-drink",
                        "mixed-up-order",
                        "genuine-welcome");
        browser.screenshot("trainee-scenarios");

        page.findElement(By.id("session:logout")).click();

        browser.waitForUrlContaining("/login.xhtml");
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("logged out");
        page.get(base.toExternalForm() + "scenarios.xhtml");
        assertThat(page.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void shouldRefuseAWrongPasswordWithAMessageAndKeepTheUsername() {
        page.get(base.toExternalForm() + "login.xhtml");

        logIn("trainee", "wrong");

        assertThat(page.getCurrentUrl()).contains("/login.xhtml");
        assertThat(page.findElement(By.cssSelector("[role=alert]")).getText()).contains("wrong");
        assertThat(page.findElement(By.id("username")).getAttribute("value")).isEqualTo("trainee");
        assertThat(page.findElements(By.id("forgot-link")))
                .as("no mail here, so no link to mail: HR's one-time password is the way back in")
                .isEmpty();
        browser.screenshot("login-failed");
    }

    @Test
    void shouldReturnToThePageAskedForAfterLoggingIn() {
        page.get(base.toExternalForm() + "scenarios.xhtml");

        logIn("trainer", "demo");

        browser.waitForUrlContaining("/scenarios.xhtml");
        assertThat(page.getCurrentUrl()).endsWith("/scenarios.xhtml");
        assertThat(page.findElement(By.id("user-role")).getText()).isEqualTo("Trainer");
    }

    @Test
    void shouldSendABrowserOpeningAnApiLinkWithoutASessionToTheLoginPageAndBack() {
        // An export link followed after the session expired: the login page, not the browser's password prompt.
        page.get(base.toExternalForm() + "api/me/attempts?limit=5");

        assertThat(page.getCurrentUrl()).contains("/login.xhtml?next=%2Fapi%2Fme%2Fattempts%3Flimit%3D5");
        logIn("trainee", "demo");

        browser.waitForUrlContaining("/api/me/attempts");
        assertThat(page.getCurrentUrl()).endsWith("/api/me/attempts?limit=5");
        assertThat(page.findElement(By.tagName("body")).getText()).startsWith("{\"attempts\":");
    }

    @Test
    void shouldSendAnExportLinkWithoutASessionToTheLoginPage() {
        page.get(base.toExternalForm() + "api/records?format=csv&branch=CITY");

        assertThat(page.getCurrentUrl()).contains("/login.xhtml?next=%2Fapi%2Frecords%3Fformat%3Dcsv%26branch%3DCITY");
    }

    @Test
    void shouldHaveANewHireChooseTheirOwnPasswordBeforeAnythingElse() {
        Api api = new Api(base);
        Api.Reply enrolled = api.postJson("/api/people", "hr", newHire("N-1", "Noor Newhire"));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String oneTime = enrolled.json().asJsonObject().getString("oneTimePassword");
        page.get(base + "history.xhtml");
        logIn("n-1", oneTime);

        browser.waitForUrlContaining("/password.xhtml");
        assertThat(page.getCurrentUrl()).endsWith("/password.xhtml?next=%2Fhistory.xhtml");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your own password");
        assertThat(page.findElement(By.id("one-time")).getText()).contains("one-time password");
        assertThat(page.findElements(By.cssSelector("nav.app-nav, #session\\:password")))
                .as("no links that would only lead back here")
                .isEmpty();
        assertThat(page.findElement(By.id("session:logout")).isDisplayed()).isTrue();
        page.get(base + "scenarios.xhtml");
        assertThat(page.getCurrentUrl()).as("no page before the password").contains("/password.xhtml");
        page.get(base + "history.xhtml");

        // While the new password is typed, the meter says how hard it is to guess, and why not yet.
        WebElement typed = page.findElement(By.id("password:new"));
        Point button = page.findElement(By.id("password:change")).getLocation();
        typed.sendKeys("password1234");
        wait.until(Browser.textIn(By.id("strength-verdict"), "Weak"));
        assertThat(page.findElement(By.id("strength-verdict")).getText()).isEqualTo("Weak");
        assertThat(page.findElement(By.id("strength-meter")).getAttribute("value"))
                .isEqualTo("1");
        assertThat(page.findElement(By.id("strength-advice")).getText()).startsWith("This is a very common password.");
        typed.clear();
        typed.sendKeys("a phrase");
        wait.until(Browser.textIn(By.id("strength-verdict"), "Too short"));
        assertThat(page.findElement(By.id("strength-advice")).getText()).isEqualTo("8 of at least 12 characters.");
        assertThat(page.findElement(By.id("password:change")).getLocation())
                .as("the verdict and its advice do not push the button away from the pointer")
                .isEqualTo(button);
        typed.sendKeys(" of my own");
        wait.until(Browser.textIn(By.id("strength-verdict"), "Strong"));
        assertThat(page.findElement(By.id("strength-advice")).getText()).isEmpty();
        assertThat(page.findElement(By.id("password:strength")).getAttribute("aria-live"))
                .as("read out when it changes")
                .isEqualTo("polite");
        Accessibility.assertNoSeriousViolations(page, "the password page with its strength meter");

        choosePassword("not the one", "a phrase of my own", "a phrase of my own");
        assertThat(fieldError("current")).isEqualTo("This is not your current password.");
        choosePassword(oneTime, "too short", "too short");
        assertThat(fieldError("new")).contains("at least 12 characters");
        choosePassword(oneTime, "qwertyuiop123", "qwertyuiop123");
        assertThat(fieldError("new"))
                .startsWith("Too easy to guess. This is a very common password.")
                .contains("Add another word or two.");
        choosePassword(oneTime, "a phrase of my own", "a phrase of my 0wn");
        assertThat(fieldError("repeated")).contains("differ");
        assertThat(page.findElement(By.id("password:repeated")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        Accessibility.assertNoSeriousViolations(page, "the password page with its errors");
        browser.screenshot("password-one-time");
        choosePassword(oneTime, "a phrase of my own", "a phrase of my own");

        browser.waitForUrlContaining("/history.xhtml");
        assertThat(page.findElement(By.id("messages")).getText()).contains("Your password is saved");
        assertThat(page.findElement(By.id("nav-certificates")).isDisplayed()).isTrue();
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");
        logIn("n-1", oneTime);
        assertThat(page.getCurrentUrl())
                .as("the one-time password works no more")
                .contains("/login.xhtml");
        logIn("n-1", "a phrase of my own");
        browser.waitForUrlContaining("/scenarios.xhtml");
        page.findElement(By.id("session:password")).click();
        browser.waitForUrlContaining("/password.xhtml");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
        assertThat(page.findElements(By.id("one-time"))).isEmpty();
    }

    @Test
    void shouldTurnBackAOneTimePasswordPastItsTimeWithWhatToDo() throws SQLException {
        Api.Reply enrolled = new Api(base).postJson("/api/people", "hr", newHire("N-2", "Lou Late"));
        String oneTime = enrolled.json().asJsonObject().getString("oneTimePassword");
        TestDatabase.updateOne(
                "update account set one_time_password_expires = now() - interval '1 minute' where username = ?", "n-2");
        page.get(base + "scenarios.xhtml");

        logIn("n-2", oneTime);

        browser.waitForUrlContaining("oneTimeExpired=true");
        assertThat(page.findElement(By.id("one-time-expired")).getText()).contains("expired", "Ask HR");
        page.get(base + "scenarios.xhtml");
        assertThat(page.getCurrentUrl()).as("the session was ended").contains("/login.xhtml");
    }

    private static String newHire(String number, String name) {
        return "{\"employeeNumber\": \"" + number + "\", \"name\": \"" + name + "\", \"email\": \""
                + number.toLowerCase() + "@example.com\", \"branch\": \"CITY\", \"hireDate\": \"2026-12-01\"}";
    }

    /** Fills the password form and sends it; the answer is a new page. */
    private void choosePassword(String current, String chosen, String again) {
        for (String[] field : new String[][] {{"current", current}, {"new", chosen}, {"repeated", again}}) {
            WebElement input = page.findElement(By.id("password:" + field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        wait.until(Browser.passwordMeterAnswered());
        WebElement submit = page.findElement(By.id("password:change"));
        submit.click();
        wait.until(Browser.replaced(submit));
    }

    private String fieldError(String field) {
        return page.findElement(By.id("password:" + field + "-error")).getText();
    }

    private void logIn(String username, String password) {
        WebElement user = page.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        WebElement submit = page.findElement(By.id("submit"));
        submit.click();
        // The answer is a new page: what the test reads next must be on it, not on the page it replaces.
        wait.until(Browser.replaced(submit));
    }

    /**
     * The page names the installation's icon, and it is there, also where browsers look when nothing names one: no
     * 404 in the console of every new visit.
     */
    private void assertIconShown() {
        String icon = page.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        Api.Download svg = new Api(base).download(URI.create(icon).getPath(), null, "image/svg+xml");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.text()).contains("<svg").contains("<title>ExtraMile</title>");
        Api.Download ico = new Api(base).download("/favicon.ico", null, "image/*");
        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.contentType()).startsWith("image/svg+xml");
    }
}
