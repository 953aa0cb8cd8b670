package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.TestDatabase;
import it.support.TestOpenIdProvider;
import it.support.TestOpenIdProvider.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * OpenID Connect single sign-on against a provider running in this JVM, configured for this class's server only:
 * a browser clicks "Sign in with ...", the provider signs the chosen person in, and ExtraMile opens the page of the
 * role their groups map to, creating their account on the first sign-in, bound to their subject at the provider,
 * and setting its roles at every one. The subject, not the username the provider sends, finds the account later. A
 * person without a mapped group, with a deactivated account, or whose username is an account that is not theirs, is
 * refused with a page that says why. Logging out ends the provider's session too, or says that it could not. The
 * login form and HTTP Basic keep working beside it.
 */
class SingleSignOnIT extends InBrowser {

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

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(10);
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
        List<JsonObject> created = audited("SSO_ACCOUNT_CREATED", "lee.ann");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).getJsonObject("details").getString("subject")).isEqualTo("sub-lee");
        assertThat(created.get(0).getJsonObject("details").getString("issuer")).isEqualTo(PROVIDER.issuer());
        assertThat(boundSubject("lee.ann")).isEqualTo("sub-lee");
        // Signing in again is the same account, not a second one.
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        assertThat(audited("SSO_ACCOUNT_CREATED", "lee.ann")).hasSize(1);
    }

    @Test
    void shouldEndTheProvidersSessionAtLogoutSoTheNextPersonAtTheTillSignsInAsThemselves() {
        PROVIDER.willSignIn(new Person("sub-jo", "jo", "Jo Early", "jo@example.com", List.of("cx-trainees")));
        page.get(base.toExternalForm() + "login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        PROVIDER.willSignIn(new Person("sub-kai", "kai", "Kai Late", "kai@example.com", List.of("cx-trainers")));

        page.findElement(By.id("session:logout")).click();

        browser.waitForUrlContaining("/login.xhtml?loggedOut=true");
        assertThat(PROVIDER.sessionsEnded()).contains("sub-jo");
        assertThat(page.findElement(By.id("main")).getText()).contains("You have logged out.");
        assertThat(page.findElements(By.id("provider-still-signed-in"))).isEmpty();
        // The provider asks who is there now, instead of handing back Jo's session.
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/trainer/scenarios.xhtml");
        assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo("Kai Late");
    }

    @Test
    void shouldSayTheProviderStillHasThePersonSignedInWhenItOffersNoEndOfSession() {
        signInAndOutWithEndSessionAt(
                null, new Person("sub-mo", "mo", "Mo Shared", "mo@example.com", List.of("cx-trainees")));

        assertThat(page.getCurrentUrl()).contains("/login.xhtml?loggedOut=provider");
        assertThat(page.findElement(By.id("provider-still-signed-in")).getText())
                .contains("You have logged out of ExtraMile, but you are still signed in with Example Login")
                .contains("sign out there too");
        assertThat(page.findElement(By.id("provider-still-signed-in")).getAttribute("role"))
                .isEqualTo("alert");
        Accessibility.assertNoSeriousViolations(page, "the login page after a logout the provider did not end");
        browser.screenshot("sso-logged-out-provider-open");
        // What the warning is about: the provider's session still signs Mo in.
        PROVIDER.willSignIn(new Person("sub-kim", "kim", "Kim Next", "kim@example.com", List.of("cx-trainees")));
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo("Mo Shared");
    }

    @Test
    void shouldNotSendTheBrowserToAnEndOfSessionAwayFromTheProvidersOrigin() {
        // The same server under another name: another origin, which the pages' policy lets no form lead to.
        signInAndOutWithEndSessionAt(
                PROVIDER.issuer().replace("127.0.0.1", "localhost"),
                new Person("sub-noor", "noor", "Noor Elsewhere", "noor@example.com", List.of("cx-trainees")));

        assertThat(page.getCurrentUrl()).contains("/login.xhtml?loggedOut=provider");
        assertThat(page.findElement(By.id("provider-still-signed-in")).getText())
                .contains("still signed in with Example Login");
        assertThat(PROVIDER.sessionsEnded()).doesNotContain("sub-noor");
    }

    @Test
    void shouldLinkAnExistingAccountOnceAnAdministratorAllowsItAndRefuseItAgainOnceUnlinked() throws SQLException {
        Api.Reply enrolled = api.postJson(
                "/api/people",
                "hr",
                Json.createObjectBuilder()
                        .add("employeeNumber", "SSO-7")
                        .add("name", "Nia Existing")
                        .add("email", "nia@example.com")
                        .add("branch", "CITY")
                        .add("hireDate", "2026-03-01")
                        .build()
                        .toString());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        PROVIDER.willSignIn(new Person("sub-nia", "SSO-7", "Nia E.", "nia@example.com", List.of("cx-trainees")));
        page.get(base.toExternalForm() + "login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("ACCOUNT_NOT_LINKED");

        // An administrator allows the link on the accounts page.
        browser.logIn(base, "admin");
        page.get(base.toExternalForm() + "admin/accounts.xhtml?q=sso-7");
        page.findElement(By.cssSelector("tr[data-username='sso-7'] input[id$=':edit']"))
                .click();
        wait.until(Browser.textIn(By.id("provider-link-state"), "Not linked"));
        assertThat(page.findElement(By.id("account:provider-link")).getText()).contains("Sign-in with Example Login");
        page.findElement(By.id("account:allow-link")).click();
        wait.until(Browser.textIn(By.id("provider-link-state"), "Waiting"));
        assertThat(page.findElement(By.id("provider-link-state")).getText())
                .contains("the next sign-in with Example Login as \u201csso-7\u201d links this account");
        Accessibility.assertNoSeriousViolations(page, "an account waiting for its link to the provider");
        browser.screenshot("admin-account-link-waiting");
        assertThat(page.findElement(By.cssSelector("tr[data-username='sso-7'] .account-provider"))
                        .getText())
                .isEqualTo("Waiting for a link");
        assertThat(audited("SSO_LINK_ALLOWED", "sso-7")).hasSize(1);
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");

        // The person's next sign-in links the account: their records are theirs.
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/scenarios.xhtml");
        assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo("Nia Existing");
        assertThat(boundSubject("sso-7")).isEqualTo("sub-nia");
        assertThat(audited("SSO_ACCOUNT_LINKED", "sso-7")).hasSize(1);
        JsonObject linked = api.get("/api/admin/accounts/sso-7", "admin").json().asJsonObject();
        assertThat(linked.getBoolean("providerLinked")).isTrue();
        assertThat(linked.get("providerLinkUntil")).as("used up").isIn(null, JsonValue.NULL);
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");

        // Unlinked, the same person is refused until a link is allowed again.
        Api.Reply unlinked = api.postJson("/api/admin/accounts/sso-7/provider-unlink", "admin", "{}");
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(unlinked.json().asJsonObject().getBoolean("providerLinked")).isFalse();
        assertThat(boundSubject("sso-7")).isNull();
        List<JsonObject> unlinks = audited("SSO_UNLINKED", "sso-7");
        assertThat(unlinks).hasSize(1);
        assertThat(unlinks.get(0).getJsonObject("details").getString("subject")).isEqualTo("sub-nia");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("ACCOUNT_NOT_LINKED");
        // An administrator may not unlink their own linked account: their next sign-in would be refused.
        bind("admin", "sub-admin");
        Api.Reply own = api.postJson("/api/admin/accounts/admin/provider-unlink", "admin", "{}");
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(boundSubject("admin")).isEqualTo("sub-admin");
    }

    @Test
    void shouldKeepARenamedPersonInTheirAccountUnderItsExtraMileUsername() {
        signInAndOut(
                new Person("sub-robin", "robin", "Robin Reyes", "robin@example.com", List.of("cx-trainees")),
                "/scenarios.xhtml");
        PROVIDER.willSignIn(
                new Person("sub-robin", "robin.reyes", "Robin Reyes", "robin@example.com", List.of("cx-trainers")));

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/trainer/scenarios.xhtml");
        assertThat(api.get("/api/admin/accounts/robin.reyes", "admin").status()).isEqualTo(404);
        JsonObject robin = api.get("/api/admin/accounts/robin", "admin").json().asJsonObject();
        assertThat(robin.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("TRAINER");
        List<JsonObject> changes = audited("SSO_ROLES", "robin");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getJsonObject("details").getString("providerUsername"))
                .isEqualTo("robin.reyes");
        assertThat(audited("SSO_ACCOUNT_CREATED", "robin.reyes")).isEmpty();
    }

    @Test
    void shouldRefuseSomeoneElseWhoseUsernameIsABoundAccountsAndChangeNothing() {
        signInAndOut(
                new Person("sub-casey", "casey", "Casey Kim", "casey@example.com", List.of("cx-trainees")),
                "/scenarios.xhtml");
        List<String> before = accountsTable();
        PROVIDER.willSignIn(
                new Person("sub-other-casey", "Casey", "Casey Other", "other@example.com", List.of("it-admins")));

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("USERNAME_TAKEN");
        assertThat(page.findElement(By.cssSelector("#sso-refused .lead")).getText())
                .contains("is the one of another person\u2019s ExtraMile account, linked to a different sign-in");
        assertThat(page.findElements(By.id("user-name"))).isEmpty();
        browser.screenshot("sso-refused-username-taken");
        assertThat(accountsTable()).isEqualTo(before);
        List<JsonObject> refusals = audited("SSO_REFUSED", "casey");
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).getJsonObject("details").getString("reason")).isEqualTo("USERNAME_TAKEN");
        assertThat(refusals.get(0).getJsonObject("details").getString("subject"))
                .isEqualTo("sub-other-casey");
    }

    @Test
    void shouldNotHandAPasswordAccountToTheProvidersPersonOfTheSameUsername() {
        List<String> before = accountsTable();
        PROVIDER.willSignIn(new Person(
                "sub-trainer", "trainer", "Alex Trainer", "alex@example.com", List.of("coaches", "people-team")));
        page.get(base.toExternalForm() + "login.xhtml");

        page.findElement(By.id("sso")).click();

        browser.waitForUrlContaining("/sso/callback");
        assertThat(page.findElement(By.id("sso-refused")).getAttribute("data-reason"))
                .isEqualTo("ACCOUNT_NOT_LINKED");
        assertThat(page.findElement(By.cssSelector("#sso-refused .lead")).getText())
                .contains("An ExtraMile account with your username already exists")
                .contains("Ask an administrator to link it");
        assertThat(accountsTable()).isEqualTo(before);
        assertThat(boundSubject("trainer")).isNull();
        assertThat(audited("SSO_REFUSED", "trainer")).hasSize(1);
        // Its owner's password still works.
        assertThat(api.get("/api/scenarios", "trainer").status()).isEqualTo(200);
    }

    @Test
    void shouldGiveABoundAccountTheRolesItsGroupsMapToAtEverySignInAndAuditTheChange() {
        signInAndOut(
                new Person("sub-alex", "alex", "Alex Trainer", "alex@example.com", List.of("coaches")),
                "/trainer/scenarios.xhtml");
        PROVIDER.willSignIn(
                new Person("sub-alex", "alex", "Alex Trainer", "alex@example.com", List.of("coaches", "people-team")));

        page.findElement(By.id("sso")).click();

        // TRAINER and HR now: HR's start page, the more powerful role's.
        browser.waitForUrlContaining("/hr/dashboard.xhtml");
        List<JsonObject> changes = audited("SSO_ROLES", "alex");
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
    void shouldNotLetTheProviderTakeAdminFromTheLastActiveAdministrator() throws SQLException {
        bind("admin", "sub-admin");
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

    /**
     * Signs the person in through the provider, waits for the start page their role opens on, and logs out, leaving
     * the browser on the login page.
     */
    private void signInAndOut(Person person, String startPage) {
        PROVIDER.willSignIn(person);
        page.get(base.toExternalForm() + "login.xhtml");
        page.findElement(By.id("sso")).click();
        browser.waitForUrlContaining(startPage);
        page.findElement(By.id("session:logout")).click();
        browser.waitForUrlContaining("/login.xhtml");
    }

    /**
     * Signs a trainee in and out while the provider's discovery document names its end of session at {@code origin}
     * (none when null), then lets it name the issuer's again.
     */
    private void signInAndOutWithEndSessionAt(String origin, Person trainee) {
        PROVIDER.offerEndSessionAt(origin);
        try {
            signInAndOut(trainee, "/scenarios.xhtml");
        } finally {
            PROVIDER.offerEndSessionAt(PROVIDER.issuer());
        }
    }

    /** Every account as the database holds it, with its roles and provider identity: proof that nothing changed. */
    private static List<String> accountsTable() {
        String sql = "select a.username, a.display_name, a.active, a.version, a.provider_issuer, a.provider_subject,"
                + " (select string_agg(r.role, ',' order by r.role) from account_role r where r.account_id = a.id)"
                + " from account a order by a.username";
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> columns = new ArrayList<>();
                for (int column = 1; column <= 7; column++) {
                    columns.add(result.getString(column));
                }
                rows.add(String.join("|", columns));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static String boundSubject(String username) {
        try {
            return TestDatabase.text("select provider_subject from account where username = ?", username);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an administrator's link leaves (docs/security.md): the account bound to someone at the provider. */
    private static void bind(String username, String subject) throws SQLException {
        TestDatabase.updateOne(
                "update account set provider_issuer = ?, provider_subject = ? where username = ?",
                PROVIDER.issuer(),
                subject,
                username);
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
