package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.FormSession;
import it.support.Trainees;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * An administrator manages accounts over REST: roles take effect on the account's next request, a deactivated
 * account is refused, nobody locks themselves out, concurrent edits conflict, and every change is audited. Each
 * test works on its own new accounts.
 */
class AccountAdministrationIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    private Api.Reply roles(String username, String body) {
        return api.putJson("/api/admin/accounts/" + username + "/roles", "admin", body);
    }

    private JsonObject account(String username) {
        Api.Reply reply = api.get("/api/admin/accounts/" + username, "admin");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static void assertProblem(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().asJsonObject().getString("detail")).contains(detail);
    }

    @Test
    void shouldTakeEffectOnTheAccountsNextRequest() {
        String sam = Trainees.create("promoted");
        assertThat(api.get("/api/people", sam).status()).isEqualTo(403);

        Api.Reply changed = roles(sam, "{\"roles\": [\"TRAINEE\", \"HR\"]}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().asJsonObject().getJsonArray("roles").toString())
                .contains("HR")
                .contains("TRAINEE");
        assertThat(api.get("/api/people", sam).status()).isEqualTo(200);

        assertThat(roles(sam, "{\"roles\": [\"TRAINEE\"]}").status()).isEqualTo(200);
        assertThat(api.get("/api/people", sam).status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAnAdministratorRemovingTheirOwnAdminRole() {
        Api.Reply refused = roles("admin", "{\"roles\": [\"HR\"]}");

        assertProblem(refused, 409, "your own ADMIN role");
        assertThat(account("admin").getJsonArray("roles").toString()).contains("ADMIN");
    }

    @Test
    void shouldRequireAtLeastOneKnownRole() {
        String kim = Trainees.create("roleless");

        assertProblem(roles(kim, "{\"roles\": []}"), 400, "at least one role");
        assertThat(roles(kim, "{\"roles\": [\"BOSS\"]}").status()).isEqualTo(400);
        assertThat(roles(kim, "{\"roles\": [\"BOSS\"]}").contentType()).startsWith(PROBLEM);
        assertThat(api.putJson("/api/admin/accounts/" + kim + "/roles", "admin", "")
                        .status())
                .isEqualTo(400);
        assertThat(account(kim).getJsonArray("roles").toString()).isEqualTo("[\"TRAINEE\"]");
    }

    @Test
    void shouldRefuseAnEditMadeOnAnOlderVersion() {
        String lee = Trainees.create("contested");
        long opened = account(lee).getJsonNumber("version").longValue();
        Api.Reply first = roles(lee, "{\"roles\": [\"TRAINER\"], \"version\": " + opened + "}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        Api.Reply second = roles(lee, "{\"roles\": [\"HR\"], \"version\": " + opened + "}");

        assertProblem(second, 409, "reload it");
        assertThat(account(lee).getJsonArray("roles").toString()).isEqualTo("[\"TRAINER\"]");
    }

    @Test
    void shouldRefuseAFormerAdministratorFromTheirNextRequest() {
        String number = "ADM-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply enrolled = api.postJson(
                "/api/people",
                "admin",
                "{\"employeeNumber\": \"" + number
                        + "\", \"name\": \"Acting Admin\", \"email\": \"acting@example.com\","
                        + " \"branch\": \"CITY\", \"hireDate\": \"2026-01-05\", \"roles\": [\"ADMIN\"]}");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        JsonObject enrolment = enrolled.json().asJsonObject();
        String oneTime = enrolment.getString("oneTimePassword");
        String acting = enrolment.getJsonObject("person").getString("username") + ":own password at last";
        assertThat(api.postJson(
                                "/api/me/password",
                                enrolment.getJsonObject("person").getString("username") + ":" + oneTime,
                                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"own password at last\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/admin/accounts", acting).status()).isEqualTo(200);

        assertThat(roles(enrolment.getJsonObject("person").getString("username"), "{\"roles\": [\"TRAINER\"]}")
                        .status())
                .isEqualTo(200);

        assertThat(api.get("/api/admin/accounts", acting).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAccount() {
        assertProblem(roles("nobody-" + UUID.randomUUID(), "{\"roles\": [\"TRAINEE\"]}"), 404, "no account");
    }

    @Test
    void shouldRefuseADeactivatedAccountFromItsNextRequestAndLetItBackWhenReactivated() {
        String ali = Trainees.create("leaver");
        assertThat(api.get("/api/branches", ali).status()).isEqualTo(200);

        Api.Reply deactivated = api.postJson("/api/admin/accounts/" + ali + "/deactivate", "admin", "{}");

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().asJsonObject().getBoolean("active")).isFalse();
        assertThat(api.get("/api/branches", ali).status()).isEqualTo(401);

        Api.Reply reactivated = api.postJson("/api/admin/accounts/" + ali + "/reactivate", "admin", "{}");
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(api.get("/api/branches", ali).status()).isEqualTo(200);
    }

    @Test
    void shouldEndABrowserSessionWhoseRolesChangedAndAskToLogInAgain() {
        String pat = Trainees.create("session-demoted");
        assertThat(roles(pat, "{\"roles\": [\"TRAINEE\", \"HR\"]}").status()).isEqualTo(200);
        FormSession session = FormSession.logIn(base, pat);
        assertThat(session.send("GET", "/api/people", null, null, false).status())
                .isEqualTo(200);

        assertThat(roles(pat, "{\"roles\": [\"TRAINEE\"]}").status()).isEqualTo(200);

        FormSession.Reply stale = session.send("GET", "/api/people", null, null, false);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(401);
        assertThat(stale.contentType()).startsWith(PROBLEM);
        assertThat(stale.text()).contains("log in again");
        assertThat(session.send("GET", "/api/me/attempts", null, null, false).status())
                .as("the session has ended")
                .isEqualTo(401);
        assertThat(FormSession.logIn(base, pat)
                        .send("GET", "/api/me/attempts", null, null, false)
                        .status())
                .as("logged in again, with the roles held now")
                .isEqualTo(200);
    }

    @Test
    void shouldSendADeactivatedAccountsBrowserBackToTheLoginPage() {
        String ali = Trainees.create("session-leaver");
        FormSession session = FormSession.logIn(base, ali);
        assertThat(session.send("GET", "/scenarios.xhtml", null, null, false).status())
                .isEqualTo(200);

        assertThat(api.postJson("/api/admin/accounts/" + ali + "/deactivate", "admin", "{}")
                        .status())
                .isEqualTo(200);

        FormSession.Reply page = session.send("GET", "/scenarios.xhtml", null, null, false);
        assertThat(page.status()).as(page.toString()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login.xhtml?accessChanged=true");
    }

    @Test
    void shouldEndAnAccountsOtherSessionsWhenItsPasswordIsChangedOrReset() {
        String kim = Trainees.create("two-tills");
        String lou = Trainees.create("forgot-at-till");
        FormSession kimsTill = FormSession.logIn(base, kim);
        FormSession lousTill = FormSession.logIn(base, lou);
        assertThat(List.of(kimsTill, lousTill)).allSatisfy(till -> assertThat(
                        till.send("GET", "/scenarios.xhtml", null, null, false).status())
                .isEqualTo(200));

        Api.Reply changed = api.postJson(
                "/api/me/password",
                kim,
                "{\"currentPassword\": \"demo\", \"newPassword\": \"a phrase only kim knows\"}");
        Api.Reply reset = api.post("/api/admin/accounts/" + lou + "/password-reset", "admin", null, new byte[0]);

        assertThat(List.of(changed.status(), reset.status())).containsExactly(204, 200);
        assertThat(List.of(kimsTill, lousTill)).allSatisfy(till -> {
            FormSession.Reply page = till.send("GET", "/scenarios.xhtml", null, null, false);
            assertThat(page.status()).as(page.toString()).isEqualTo(302);
            assertThat(page.location()).endsWith("/login.xhtml?accessChanged=true");
        });
    }

    @Test
    void shouldRefuseAnAdministratorDeactivatingThemselves() {
        assertProblem(api.postJson("/api/admin/accounts/admin/deactivate", "admin", "{}"), 409, "your own account");
        assertThat(account("admin").getBoolean("active")).isTrue();
    }

    @Test
    void shouldAnswerForbiddenToTraineesAndHr() {
        String someone = Trainees.create("curious");
        for (String caller : new String[] {someone, "hr", "trainer"}) {
            assertThat(api.get("/api/admin/accounts", caller).status())
                    .as(caller)
                    .isEqualTo(403);
            assertThat(api.putJson("/api/admin/accounts/" + someone + "/roles", caller, "{\"roles\": [\"ADMIN\"]}")
                            .status())
                    .as(caller)
                    .isEqualTo(403);
            assertThat(api.post("/api/admin/accounts/" + someone + "/password-reset", caller, null, new byte[0])
                            .status())
                    .as(caller)
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/admin/accounts", null).status()).isEqualTo(401);
    }

    @Test
    void shouldSearchAccountsByName() {
        String pat = Trainees.create("findable");

        Api.Reply found = api.get("/api/admin/accounts?q=" + pat, "admin");

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonObject page = found.json().asJsonObject();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject entry = page.getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("username")).isEqualTo(pat);
        assertThat(entry.getBoolean("active")).isTrue();
        assertThat(entry.toString()).doesNotContain("hash");
        assertProblem(api.get("/api/admin/accounts?size=0", "admin"), 400, "'size'");
    }

    @Test
    void shouldResetAPasswordToAOneTimeOneAndAuditEveryChangeWithWhoMadeIt() {
        String robin = Trainees.create("forgetful");
        roles(robin, "{\"roles\": [\"TRAINER\"]}");
        api.postJson("/api/admin/accounts/" + robin + "/deactivate", "admin", "{}");
        api.postJson("/api/admin/accounts/" + robin + "/reactivate", "admin", "{}");

        Api.Reply reset = api.post("/api/admin/accounts/" + robin + "/password-reset", "admin", null, new byte[0]);

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String oneTime = reset.json().asJsonObject().getString("oneTimePassword");
        assertThat(api.get("/api/branches", robin).status()).isEqualTo(401);
        assertThat(api.get("/api/branches", robin + ":" + oneTime).status())
                .as("logged in with it, and asked to choose a password first")
                .isEqualTo(403);
        assertThat(account(robin).getBoolean("mustChangePassword")).isTrue();
        for (String action :
                new String[] {"ACCOUNT_ROLES", "ACCOUNT_DEACTIVATE", "ACCOUNT_REACTIVATE", "ACCOUNT_PASSWORD_RESET"}) {
            String audit = api.get("/api/audit?action=" + action + "&size=200", "admin")
                    .body();
            assertThat(audit)
                    .as(action)
                    .contains("\"username\":\"" + robin + "\"")
                    .contains("\"actor\":\"admin\"");
            assertThat(audit).doesNotContain(oneTime);
        }
    }
}
