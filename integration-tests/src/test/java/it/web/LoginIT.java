package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A trainee logs in through the form, sees the scenario catalogue, and logs out. */
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
