package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.TestOpenIdProvider;
import it.support.TestOpenIdProvider.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * OpenID Connect single sign-on against a provider running in this JVM, configured for this class's server only:
 * a browser clicks "Sign in with ...", the provider signs the chosen person in, and ExtraMile opens the page of the
 * role their groups map to, creating their account on the first sign-in and setting its roles at every one. A
 * person without a mapped group, or with a deactivated account, is refused with a page that says why. The login
 * form and HTTP Basic keep working beside it.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    private static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.start("extramile-it", "it-client-secret");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile(Map.of(
                "extramile.oidc.provider-uri", PROVIDER.issuer(),
                "extramile.oidc.client-id", "extramile-it",
                "extramile.oidc.client-secret", "it-client-secret",
                "extramile.oidc.display-name", "Example Login",
                "extramile.oidc.roles.TRAINEE", "cx-trainees",
                "extramile.oidc.roles.TRAINER", "cx-trainers, coaches",
                "extramile.oidc.roles.HR", "people-team",
                "extramile.oidc.roles.ADMIN", "it-admins"));
    }

    @ArquillianResource
    URL base;

    Api api;
    Browser browser;
    WebDriver page;

    @BeforeEach
    void openBrowser() {
        api = new Api(base);
        browser = new Browser();
        page = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void shouldCreateANewPersonsAccountOnTheirFirstSignInAndOpenThePageTheyAskedFor() {
        PROVIDER.willSignIn(
                new Person("sub-lee", "Lee.Ann", "Lee Ann", "lee.ann@example.com", List.of("everyone", "cx-trainees")));
        page.get(base.toExternalForm() + "history.xhtml");
        browser.waitForUrlContaining("/login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/history.xhtml");
        assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo("Lee Ann");
        assertThat(page.findElement(By.id("user-role")).getText()).isEqualTo("Trainee");
        browser.screenshot("sso-new-trainee");
        JsonObject account =
                api.get("/api/admin/accounts/lee.ann", "admin").json().asJsonObject();
        assertThat(account.getJsonArray("roles").getString(0)).isEqualTo("TRAINEE");
        assertThat(account.getBoolean("active")).isTrue();
        assertThat(audited("SSO_ACCOUNT_CREATED", "lee.ann")).hasSize(1);
        // Signing in again is the same account, not a second one.
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        assertThat(audited("SSO_ACCOUNT_CREATED", "lee.ann")).hasSize(1);
    }

    @Test
    void shouldGiveAnExistingAccountTheRolesItsGroupsMapToAndAuditTheChange() {
        PROVIDER.willSignIn(new Person(
                "sub-trainer", "trainer", "Alex Trainer", "alex@example.com", List.of("coaches", "people-team")));
        page.get(base.toExternalForm() + "login.xhtml");

        page.findElement(By.id("sso")).click();

        // TRAINER and HR now: HR's start page, the more powerful role's.
        browser.waitForUrlContaining("/hr/dashboard.xhtml");
        List<JsonObject> changes = audited("SSO_ROLES", "trainer");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getJsonObject("details").getString("from")).isEqualTo("[TRAINER]");
        assertThat(changes.get(0).getJsonObject("details").getString("to")).isEqualTo("[TRAINER, HR]");
        // The session carries the new roles: HR's pages open.
        page.get(base.toExternalForm() + "hr/people.xhtml");
        assertThat(page.getCurrentUrl()).contains("/hr/people.xhtml");
        assertThat(page.findElements(By.id("error-403"))).isEmpty();
    }

    @Test
    void shouldRefuseSomeoneWhoseGroupsMapToNoRoleWithoutCreatingAnAccount() {
        PROVIDER.willSignIn(
                new Person("sub-visitor", "visitor", "Val Visitor", "val@example.com", List.of("contractors")));
        page.get(base.toExternalForm() + "login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("NO_ROLE");
        assertThat(((JavascriptExecutor) page)
                        .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
                .isEqualTo(403L);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot sign in to ExtraMile");
        assertThat(page.findElements(By.id("user-name"))).isEmpty();
        browser.screenshot("sso-refused-no-role");
        assertThat(api.get("/api/admin/accounts/visitor", "admin").status()).isEqualTo(404);
        page.get(base.toExternalForm() + "scenarios.xhtml");
        assertThat(page.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void shouldRefuseADeactivatedAccount() {
        Person pat = new Person("sub-pat", "pat.kim", "Pat Kim", "pat@example.com", List.of("cx-trainees"));
        PROVIDER.willSignIn(pat);
        page.get(base.toExternalForm() + "login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        Api.Reply deactivated = api.postJson("/api/admin/accounts/pat.kim/deactivate", "admin", "{}");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("DEACTIVATED");
        assertThat(page.findElements(By.id("user-name"))).isEmpty();
    }

    @Test
    void shouldRefuseAProviderUsernameThatIsNoExtraMileUsername() {
        PROVIDER.willSignIn(
                new Person("sub-mail", "sam@example.com", "Sam Mail", "sam@example.com", List.of("cx-trainees")));
        page.get(base.toExternalForm() + "login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("UNUSABLE_USERNAME");
    }

    @Test
    void shouldNotLetTheProviderTakeAdminFromTheLastActiveAdministrator() {
        PROVIDER.willSignIn(new Person("sub-admin", "admin", "Ada Admin", "ada@example.com", List.of("cx-trainers")));
        page.get(base.toExternalForm() + "login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("LAST_ADMINISTRATOR");
        JsonObject admin = api.get("/api/admin/accounts/admin", "admin").json().asJsonObject();
        assertThat(admin.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("ADMIN");
    }

    @Test
    void shouldSayOnTheLoginPageWhenASignInDidNotWork() {
        // A callback with a state this browser never sent: Soteria refuses it, the person is told.
        page.get(base.toExternalForm() + "sso/callback?code=forged&state=forged");

        browser.waitForUrlContaining("/login.xhtml?sso=failed");
        assertThat(page.findElement(By.id("sso-failed")).getText())
                .contains("Signing in with Example Login did not work");
        assertThat(page.findElements(By.id("user-name"))).isEmpty();
    }

    @Test
    void shouldKeepTheLoginFormAndHttpBasicBesideSingleSignOn() {
        page.get(base.toExternalForm() + "login.xhtml");
        assertThat(page.findElement(By.id("sso")).getText()).isEqualTo("Sign in with Example Login");
        browser.screenshot("sso-login-page");

        browser.logIn(base, "admin");

        browser.waitForUrlContaining("/admin/accounts.xhtml");
        assertThat(api.get("/api/me/certificates", "trainee").status()).isEqualTo(200);
        assertThat(api.get("/api/me/certificates", "trainee:wrong").status()).isEqualTo(401);
    }

    /** The audit events of one action about one username. */
    private List<JsonObject> audited(String action, String username) {
        return api
                .get("/api/audit?action=" + action + "&size=200", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(event -> username.equals(event.getJsonObject("details").getString("username", null)))
                .toList();
    }
}
