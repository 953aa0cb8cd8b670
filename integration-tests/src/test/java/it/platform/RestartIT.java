package it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.PayaraProcess;
import it.support.RolePlays;
import it.support.ScenarioEdits;
import it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WAR on a plain Payara Micro against PostgreSQL, across restarts. */
class RestartIT {

    /** Generous: on a machine busy with other builds a first boot has taken close to three minutes. */
    private static final Duration BOOT = Duration.ofMinutes(6);

    @BeforeEach
    void freshDatabase() {
        TestDatabase.recreate();
    }

    /** One restart for both: a boot is the dearest thing a test here does. */
    @Test
    void shouldKeepAnEditAndAnAttemptInProgressAcrossARestartWithoutDuplicatingTheLibrary() throws Exception {
        String edited = "A regular in the Monday rush";
        String slug = "fetch-from-another-branch";
        String id;
        try (PayaraProcess first =
                PayaraProcess.start("first-boot", PayaraProcess.onTestDatabase(Map.of("extramile.demo", "true")))) {
            assertThat(first.awaitReady(BOOT)).as(first::diagnosis).isTrue();
            Api api = new Api(first.url());
            retitle(api, "genuine-welcome", edited);
            RolePlays plays = new RolePlays(api);
            id = plays.start("trainee", slug).getString("id");
            assertThat(plays.answer("trainee", id, "not-on-shelf", plays.goodAnswer(slug, "not-on-shelf"))
                            .status())
                    .isEqualTo(200);
        }

        try (PayaraProcess second =
                PayaraProcess.start("second-boot", PayaraProcess.onTestDatabase(Map.of("extramile.demo", "true")))) {
            assertThat(second.awaitReady(BOOT)).as(second::diagnosis).isTrue();
            Api api = new Api(second.url());

            assertThat(api.get("/api/scenarios", "trainee").json().asJsonArray())
                    .hasSize(5);
            assertThat(api.get("/api/scenarios/genuine-welcome", "trainee")
                            .json()
                            .asJsonObject()
                            .getString("title"))
                    .as("the library's seeding leaves an edit alone")
                    .isEqualTo(edited);
            assertThat(count("select count(*) from scenario")).isEqualTo(5);
            assertThat(count("select count(*) from rubric_version")).isEqualTo(5);
            assertThat(count("select count(*) from account")).isEqualTo(4);

            RolePlays plays = new RolePlays(api);
            JsonObject mine = api.get("/api/me/attempts", "trainee").json().asJsonObject();
            assertThat(mine.getJsonArray("attempts").getJsonObject(0).getString("id"))
                    .isEqualTo(id);
            JsonObject resumed =
                    api.get("/api/attempts/" + id, "trainee").json().asJsonObject();
            assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
            assertThat(resumed.getJsonArray("turns")).hasSize(1);
            assertThat(resumed.getJsonObject("currentStep").getString("key")).isEqualTo("they-have-it");

            JsonObject finished = plays.playToTheEnd("trainee", resumed, step -> plays.goodAnswer(slug, step));

            assertThat(finished.getString("status")).isEqualTo("COMPLETED");
            assertThat(finished.getJsonObject("result").getBoolean("passed")).isTrue();
        }
    }

    private static void retitle(Api api, String slug, String title) {
        JsonObject scenario =
                api.get("/api/scenarios/" + slug, "trainer").json().asJsonObject();
        String edit = ScenarioEdits.of(
                scenario, scenario.getJsonNumber("version").longValue(), title, scenario.getJsonArray("steps"));
        assertThat(api.putJson("/api/scenarios/" + slug, "trainer", edit).status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseToStartOutsideDemoModeWithoutAnAdministratorPassword() {
        try (PayaraProcess server = PayaraProcess.start("no-admin", PayaraProcess.onTestDatabase(Map.of()))) {
            assertThat(server.awaitBooted(BOOT)).as(server::diagnosis).isTrue();
            assertThat(server.awaitReady(Duration.ofSeconds(2))).isFalse();
            assertThat(server.log()).contains("set EXTRAMILE_ADMIN_PASSWORD");
        }
    }

    @Test
    void shouldCreateTheFirstAdministratorFromConfigurationAndNoDemoAccounts() {
        Map<String, String> settings = Map.of("extramile.admin.password", "a-long-enough-passphrase");
        try (PayaraProcess server = PayaraProcess.start("first-admin", PayaraProcess.onTestDatabase(settings))) {
            assertThat(server.awaitReady(BOOT)).as(server::diagnosis).isTrue();
            Api api = new Api(server.url());

            assertThat(api.get("/api/scenarios", "admin:a-long-enough-passphrase")
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/scenarios", "trainee:demo").status()).isEqualTo(401);
            assertThat(server.log()).doesNotContain("DEMO MODE");
        }
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
