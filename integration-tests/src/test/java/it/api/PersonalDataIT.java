package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.PersonRecords;
import it.support.Rescores;
import it.support.RubricDrafts;
import it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A person's data: handed to them, or by HR, as one document; erased by HR once they left, after which no column of
 * any table holds their name, username, email address, employee number or the words of their answers, while their
 * attempts still count in the figures.
 */
class PersonalDataIT extends OverHttp {

    private static final String PROBLEM = "application/problem+json";
    private static final String NUMBER = "ER-7731";
    private static final String USERNAME = "er-7731";
    private static final String EMAIL = "quillon.vexamber@example.com";
    /** A word of one of their answers, which a trainer's review also kept as a label. */
    private static final String WORD = "Zanzibarine";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldForgetALeaverEverywhereAndKeepTheirPointsInTheFigures() throws Exception {
        enrolTrainee(NUMBER, "Quillon Vexamber", EMAIL);
        TestDatabase.updateOne("update program set due_days = 30 where slug = 'cx-essentials'");
        Api.Reply extended = api.putJson(
                "/api/people/" + NUMBER + "/deadlines/cx-essentials",
                "hr",
                "{\"dueBy\": \"2027-06-30\", \"reason\": \"Quillon Vexamber was on sick leave.\"}");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        String serial = plays.certify(USERNAME);
        String attempt = plays.start(USERNAME, "mixed-up-order").getString("id");
        String turn = plays.answer(
                        USERNAME,
                        attempt,
                        "wrong-drink",
                        "Oh no, I'm so sorry, that's on me. I'll remake your " + WORD + " latte right now.")
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        Api.Reply reviewed = api.postJson(
                "/api/review/" + turn,
                "trainer",
                "{\"levels\": {\"own-the-mistake\": \"partly\"}, \"reason\": \"Quillon owned it, barely.\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        // And they asked a trainer to look again at an answer of a passed attempt, in words of their own.
        JsonObject passed = api
                .get("/api/me/attempts", USERNAME)
                .json()
                .asJsonObject()
                .getJsonArray("attempts")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("status").equals("COMPLETED"))
                .findFirst()
                .orElseThrow();
        plays.askForAnotherLook(
                USERNAME, passed.getString("id"), 0, "Quillon here: I said " + WORD + ", surely that counts?");
        long attempts = TestDatabase.number(
                "select count(*) from attempt a join account p on p.id = a.account_id where p.username = ?", USERNAME);
        assertThat(hits()).as("before: the needles are there to find").isNotEmpty();
        assertThat(TestDatabase.number("select count(*) from pg_indexes where indexname in ('audit_event_actor',"
                        + " 'outgoing_mail_recipient_trgm', 'outgoing_mail_subject_trgm', 'outgoing_mail_body_trgm')"))
                .as("the indexes that find what names them among a long history's records")
                .isEqualTo(4);

        Api.Reply stillActive = api.postJson("/api/people/" + NUMBER + "/erasure", "hr", "");
        assertThat(stillActive.status()).isEqualTo(409);
        assertThat(stillActive.contentType()).startsWith(PROBLEM);
        assertThat(stillActive.body()).contains("deactivate their account first");
        PersonRecords.markLeft(api, NUMBER);
        Api.Reply invited = api.postJson("/api/people/" + NUMBER + "/invitation", "hr", "");
        assertThat(invited.status()).as("a password would open nothing").isEqualTo(400);
        assertThat(invited.body()).contains("is not active: reactivate them before inviting them");
        // One of their answers waits for a trainer, who could not judge it once its words are gone.
        TestDatabase.updateOne("update turn set under_review = true where id = ?::uuid", turn);
        TestDatabase.updateOne("update attempt set under_review = true where id = ?::uuid", attempt);
        String freeUpgrade = "select a.points || '@' || a.rubric_version_id from attempt a join account p"
                + " on p.id = a.account_id join scenario s on s.id = a.scenario_id where p.username = ?"
                + " and s.slug = 'free-upgrade'";
        String scoredBefore = TestDatabase.text(freeUpgrade, USERNAME);

        Api.Reply erased = api.postJson("/api/people/" + NUMBER + "/erasure", "hr", "");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonObject erasure = erased.json().asJsonObject();
        String pseudonym = erasure.getString("username");
        assertThat(pseudonym).startsWith("erased-");
        JsonObject counts = erasure.getJsonObject("erased");
        assertThat(counts.getInt("answers")).isGreaterThan(3);
        assertThat(counts.getInt("certificates")).isEqualTo(1);
        assertThat(counts.getInt("labels")).isPositive();
        assertThat(counts.getInt("auditEvents")).isPositive();
        assertThat(hits())
                .as("no column of any table names them or quotes their answers")
                .isEmpty();
        assertThat(TestDatabase.number("select count(*) from certificate_pdf")).isZero();
        assertThat(TestDatabase.number(
                        "select count(*) from attempt a join account p on p.id = a.account_id where p.username = ?",
                        pseudonym))
                .as("their attempts still count, under the pseudonym")
                .isEqualTo(attempts);
        assertThat(counts.getInt("deadlineExtensions")).isEqualTo(1);
        assertThat(TestDatabase.number(
                        "select count(*) from turn t join attempt a on a.id = t.attempt_id join account p"
                                + " on p.id = a.account_id where p.username = ? and (t.under_review or a.under_review)",
                        pseudonym))
                .as("nothing of theirs waits for review")
                .isZero();
        assertThat(TestDatabase.text("select status from attempt where id = ?::uuid", attempt))
                .as("the attempt they had not finished is given up")
                .isEqualTo("ABANDONED");
        assertThat(api.get("/api/review?size=200", "trainer").body()).doesNotContain(turn);

        int version = RubricDrafts.publishNext(api, "free-upgrade");
        JsonObject rescore = Rescores.ended(
                api,
                Rescores.start(api, "free-upgrade", version, "Every attempt with the new version.")
                        .location());
        assertThat(rescore.getString("status")).isEqualTo("DONE");
        assertThat(TestDatabase.text(freeUpgrade, pseudonym))
                .as("a rescore leaves their score as it was: with their words gone, it would score nothing")
                .isEqualTo(scoredBefore);

        JsonObject verified =
                api.get("/api/certificates/" + serial, null).json().asJsonObject();
        assertThat(verified.getString("status")).isEqualTo("revoked");
        assertThat(verified.getString("holderName")).isEqualTo("Erased person");
        assertThat(api.get("/verify/" + serial, null, Map.of("Accept", "text/html", "Accept-Language", "fr"))
                        .body())
                .as("the verification page says it in its reader's language")
                .contains("Personne effacée", "Les données personnelles du titulaire ont été effacées")
                .doesNotContain("Erased");
        Api.Reply pdf = api.get("/api/certificates/" + serial + "/pdf", "hr", "application/pdf");
        assertThat(pdf.status()).isEqualTo(404);
        assertThat(pdf.body()).contains("erased with its holder's personal data");
        assertThat(api.download("/api/records?program=cx-essentials", "hr", "text/csv")
                        .text())
                .contains("Erased person")
                .doesNotContain("Vexamber");
        assertThat(api.get("/api/scenarios", USERNAME).status()).as("no way in").isEqualTo(401);
        JsonObject account =
                api.get("/api/admin/accounts/" + pseudonym, "admin").json().asJsonObject();
        assertThat(account.getString("erasedAt")).isNotBlank();
        assertThat(account.getBoolean("active")).isFalse();
        assertThat(api.get("/api/people?erased=true&q=" + pseudonym, "hr")
                        .json()
                        .asJsonObject()
                        .getInt("total"))
                .isEqualTo(1);
        assertThat(api.get("/api/people?erased=false&q=" + pseudonym, "hr")
                        .json()
                        .asJsonObject()
                        .getInt("total"))
                .as("those who left and are still to be erased, without them")
                .isZero();
        for (String change : List.of("reactivate", "password-reset")) {
            Api.Reply refused = api.postJson("/api/admin/accounts/" + pseudonym + "/" + change, "admin", "{}");
            assertThat(refused.status())
                    .as("nobody gets their results back through " + change)
                    .isEqualTo(409);
            assertThat(refused.contentType()).startsWith(PROBLEM);
            assertThat(refused.body()).contains("can never be used again");
        }
        Api.Reply takesPseudonym = api.postJson(
                "/api/people",
                "hr",
                PersonRecords.enrolment("ER-7702", "Pim Auer", "pim@example.com", "TRAINEE")
                        .replace("{", "{\"username\":\"erased-999\","));
        assertThat(takesPseudonym.status()).isEqualTo(400);
        assertThat(takesPseudonym.body()).contains("names of erased people's accounts");
        assertThat(api.get("/api/audit?action=PEOPLE_ERASE", "hr").body()).contains(pseudonym);
        assertThat(api.postJson("/api/people/" + NUMBER + "/erasure", "hr", "").status())
                .as("nobody has that number any more")
                .isEqualTo(404);
    }

    @Test
    void shouldHandAPersonEverythingKeptAboutThemAndAuditWhenHrDoes() throws SQLException {
        enrolTrainee("ER-5512", "Perpetua Lind", "pl@example.com");
        String attempt = plays.start("er-5512", "mixed-up-order").getString("id");
        plays.answer("er-5512", attempt, "wrong-drink", "So sorry! Marmalise that, I'll make you a fresh one now.");

        Api.Download own = api.download("/api/me/data", "er-5512", "application/json");
        Api.Download handed = api.download("/api/people/ER-5512/data", "hr", "application/json");

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.disposition()).isEqualTo("attachment; filename=\"extramile-data-er-5512.json\"");
        JsonObject data =
                Json.createReader(new java.io.StringReader(own.text())).readObject();
        assertThat(data.getJsonObject("person").getString("employeeNumber")).isEqualTo("ER-5512");
        assertThat(data.getJsonObject("mail").getString("email")).isEqualTo("pl@example.com");
        JsonObject turn = data.getJsonArray("attempts")
                .getJsonObject(0)
                .getJsonArray("turns")
                .getJsonObject(0);
        assertThat(turn.getString("text")).contains("Marmalise");
        assertThat(turn.getJsonObject("card").getJsonArray("criteria")).isNotEmpty();
        assertThat(data.getJsonArray("certificates")).isEmpty();
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.text()).contains("Marmalise", "pl@example.com");
        assertThat(api.get("/api/audit?action=PEOPLE_DATA_EXPORT", "hr").body())
                .as("HR's download is audited, the person's own is not")
                .contains("ER-5512")
                .doesNotContain("\"actor\":\"er-5512\"");
    }

    @Test
    void shouldEraseNoStaffAccount() {
        assertThat(api.postJson(
                                "/api/people",
                                "admin",
                                PersonRecords.enrolment("ER-8801", "Ottoline Brask", "ob@example.com", "TRAINER"))
                        .status())
                .isEqualTo(201);
        PersonRecords.markLeft(api, "ER-8801");

        Api.Reply refused = api.postJson("/api/people/ER-8801/erasure", "hr", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.body()).contains("Only a trainee's personal data can be erased");
        assertThat(api.get("/api/people/ER-8801", "hr").body()).contains("Ottoline Brask");
    }

    /** Enrolled by HR, with the demo password of their own (as if they had chosen it). */
    private void enrolTrainee(String number, String name, String email) throws SQLException {
        Api.Reply enrolled = api.postJson("/api/people", "hr", PersonRecords.enrolment(number, name, email, "TRAINEE"));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        TestDatabase.updateOne(
                "update account set password_hash = (select password_hash from account where username = 'trainee'),"
                        + " must_change_password = false, one_time_password_expires = null where username = ?",
                number.toLowerCase());
    }

    /** Each text column of each table, with how many of its rows hold one of what named the leaver. */
    private static List<String> hits() throws SQLException {
        List<String> needles =
                List.of("quillon", "vexamber", NUMBER.toLowerCase(), EMAIL, WORD.toLowerCase(), "sick leave");
        List<String> hits = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                ResultSet columns = connection
                        .createStatement()
                        .executeQuery("select table_name, column_name from information_schema.columns"
                                + " where table_schema = 'public' and data_type in ('character varying', 'text')")) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                for (String needle : needles) {
                    try (var query = connection.prepareStatement(
                            "select count(*) from " + table + " where lower(" + column + ") like ?")) {
                        query.setString(1, "%" + needle + "%");
                        ResultSet count = query.executeQuery();
                        count.next();
                        if (count.getLong(1) > 0) {
                            hits.add(table + "." + column + " holds '" + needle + "' " + count.getLong(1) + " time(s)");
                        }
                    }
                }
            }
        }
        return hits;
    }
}
