package it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Browser;
import it.support.Deployments;
import it.support.Jobs;
import it.support.TestDatabase;
import it.support.Trainees;
import it.support.Urls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.extramile.shared.ClusterSingleRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The scheduled jobs, run at once by an administrator as the timer would run them: the expiry notices reach the
 * database, the audit log, the holder's certificates page and HR's dashboard, once per certificate however many runs
 * go at the same time; the calibration job fits what trainers labelled, and an answer then finds it stored.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledJobsIT {

    /** Far above the ids the application's sequences hand out during a test run. */
    private static final AtomicLong NEXT_ID = new AtomicLong(900_000_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        base = Urls.root(base);
        api = new Api(base);
    }

    @Test
    void shouldNoticeEachCertificateThatExpiresWithinTheWindowOnceAndShowItToTheHolderAndHr() throws Exception {
        String holder = Trainees.create("expiring");
        Instant now = Instant.now();
        String soon = certificate(holder, now.plus(Duration.ofDays(10)), "ISSUED");
        String later = certificate(holder, now.plus(Duration.ofDays(60)), "ISSUED");
        String revoked = certificate(holder, now.plus(Duration.ofDays(10)), "REVOKED");
        String expired = certificate(holder, now.minus(Duration.ofDays(1)), "ISSUED");

        Api.Reply first = Jobs.start(api, "expiry-notices");
        JsonObject firstRun = Jobs.finishedRun(api, "expiry-notices");
        Jobs.start(api, "expiry-notices");
        JsonObject againRun = Jobs.finishedRun(api, "expiry-notices");

        // The timer may have run the job meanwhile (a minute after the start): either run wrote the one notice.
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.location()).isEqualTo(base.toExternalForm() + "api/admin/jobs/expiry-notices");
        assertThat(first.json().asJsonObject().getJsonObject("lastRun").getString("startedAt"))
                .isEqualTo(firstRun.getString("startedAt"));
        assertThat(firstRun.getString("outcome")).endsWith("notice(s) written, windows [30] days");
        assertThat(againRun.getString("outcome")).startsWith("0 notice(s) written");
        assertThat(againRun.getJsonNumber("count").longValue()).isZero();
        assertThat(notices()).containsEntry(soon, 1).doesNotContainKeys(later, revoked, expired);
        JsonObject audited = api
                .get("/api/audit?action=EXPIRY_NOTICES&size=200", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(event -> event.toString().contains(soon))
                .findFirst()
                .orElseThrow();
        assertThat(audited.getString("actor")).isEqualTo("scheduler");
        JsonObject job = api.get("/api/admin/jobs", "admin").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("name").equals("expiry-notices"))
                .findFirst()
                .orElseThrow();
        assertThat(job.getString("schedule")).startsWith("daily at 02:00");
        assertThat(job.getJsonObject("lastRun").getString("node")).contains("@");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, holder);
            page.get(base.toExternalForm() + "certificates.xhtml");
            assertThat(page.findElement(By.id("expiry-" + soon)).getText())
                    .contains("Expires on")
                    .contains("renew by");
            assertThat(page.findElements(By.id("expiry-" + later))).isEmpty();
        }
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.logIn(base, "hr");
            page.get(base.toExternalForm() + "hr/dashboard.xhtml?program=cx-essentials");
            String row = page.findElement(By.cssSelector("#notices-table tr[data-serial='" + soon + "']"))
                    .getText();
            assertThat(row).contains("Trainee " + holder, soon);
            assertThat(page.findElements(By.cssSelector("#notices-table tr[data-serial='" + later + "']")))
                    .isEmpty();
        }
    }

    @Test
    void shouldWriteEachNoticeOnceWhenRunsStartTogether() throws Exception {
        String holder = Trainees.create("together");
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            serials.add(certificate(holder, Instant.now().plus(Duration.ofDays(1 + i % 29)), "ISSUED"));
        }
        ExecutorService runners = Executors.newFixedThreadPool(6);
        List<Callable<Api.Reply>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(() -> api.postJson("/api/admin/jobs/expiry-notices", "admin", ""));
        }

        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Api.Reply> run : runners.invokeAll(runs)) {
                statuses.add(run.get().status());
            }
        } finally {
            runners.shutdown();
        }

        assertThat(statuses)
                .as("a run started, or a conflict with the run going on")
                .containsOnly(202, 409)
                .contains(202);
        Jobs.finishedRun(api, "expiry-notices");
        Map<String, Integer> notices = notices();
        assertThat(serials).allSatisfy(serial -> assertThat(notices).containsEntry(serial, 1));
    }

    @Test
    void shouldCalibrateTheVersionsLabelledSinceAndLetTheNextAnswerFindTheCalibrationStored() throws Exception {
        String slug = "buy-the-missing-drink";
        labelTwentyFourAnswers(slug);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long version = versionId(slug, published.json().asJsonObject().getInt("number"));

        // A run fits the calibration of every version labelled since, in the background, counting the versions.
        Api.Reply run = Jobs.start(api, "calibration");
        JsonObject ran = Jobs.finishedRun(api, "calibration");
        Instant calibratedAt = calibratedAt(version);
        String trainee = Trainees.create("after-calibration");
        String attempt = api.postJson("/api/attempts", trainee, "{\"scenario\": \"" + slug + "\"}")
                .json()
                .asJsonObject()
                .getString("id");
        JsonObject card = api.postJson(
                        "/api/attempts/" + attempt + "/turns",
                        trainee,
                        Json.createObjectBuilder()
                                .add("step", "diet-coke-order")
                                .add("text", "I'm afraid we have no Coke at the bar.")
                                .build()
                                .toString())
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getJsonObject("card");
        Jobs.start(api, "calibration");
        JsonObject nothingLeft = Jobs.finishedRun(api, "calibration");

        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        assertThat(run.json().asJsonObject().getJsonObject("lastRun").getBoolean("running"))
                .isTrue();
        assertThat(ran.getJsonObject("progress").getInt("done"))
                .as("every version counted as done")
                .isEqualTo(ran.getJsonObject("progress").getInt("total"));
        assertThat(ran.getJsonObject("progress").getInt("percent")).isEqualTo(100);
        assertThat(calibratedAt).as("calibrated, by this run or by the timer's").isNotNull();
        assertThat(labelsCalibrated(version))
                .as("the library's own labels and the 24 given here")
                .isEqualTo(labelsStored(version))
                .isGreaterThan(24 + 80);
        assertThat(card.getJsonObject("calibration").getString("source")).isEqualTo("labels");
        assertThat(calibratedAt(version))
                .as("the answer used the stored calibration")
                .isEqualTo(calibratedAt);
        assertThat(nothingLeft.getString("outcome")).startsWith("0 rubric version(s)");
        assertThat(nothingLeft.getJsonNumber("count").longValue()).isZero();
        assertThat(nothingLeft.getJsonObject("progress").getInt("total")).isZero();
    }

    /**
     * An upgrade that reads answers otherwise leaves the stored calibrations fitted by the scorer before it: the job
     * fits them again, as if their labels had changed.
     */
    @Test
    void shouldCalibrateAgainWhatAnEarlierRevisionOfTheScorerFitted() throws Exception {
        long version = versionId("genuine-welcome", 1);
        Jobs.start(api, "calibration");
        Jobs.finishedRun(api, "calibration");
        Instant fitted = calibratedAt(version);
        long revision = scorerRevision(version);
        TestDatabase.updateOne(
                "update rubric_calibration set scorer_revision = scorer_revision - 1 where rubric_version_id = ?",
                version);

        Jobs.start(api, "calibration");
        JsonObject ran = Jobs.finishedRun(api, "calibration");

        assertThat(fitted)
                .as("the library's labels calibrate its first version")
                .isNotNull();
        assertThat(ran.getJsonNumber("count").longValue()).isPositive();
        assertThat(scorerRevision(version)).isEqualTo(revision);
        assertThat(calibratedAt(version)).isAfter(fitted);
    }

    @Test
    void shouldRefuseToStartAJobWhileItRunsElsewhere() throws Exception {
        Api.Reply refused;
        try (Connection otherNode = TestDatabase.connect()) {
            try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, ClusterSingleRun.NAMESPACE);
                lock.setInt(2, "failure-counts".hashCode());
                lock.execute();
            }
            refused = api.postJson("/api/admin/jobs/failure-counts", "admin", "");
        }
        Api.Reply freed = Jobs.start(api, "failure-counts");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().asJsonObject().getString("detail"))
                .contains("The job 'failure-counts' is running now")
                .contains("GET /api/admin/jobs/failure-counts");
        assertThat(freed.status()).as("once the other node let go: " + freed).isEqualTo(202);
        assertThat(Jobs.finishedRun(api, "failure-counts").getString("outcome")).contains("row(s) of failed logins");
    }

    /**
     * A node that stops in the middle of a run leaves it recorded as running; PostgreSQL lets its lock go with its
     * connection, which tells the run was interrupted, so the jobs page neither follows it for ever nor keeps "Run now"
     * from an administrator.
     */
    @Test
    void shouldTellARunWhoseNodeStoppedInTheMiddleFromOneGoingOn() throws Exception {
        Jobs.start(api, "failure-counts");
        Jobs.finishedRun(api, "failure-counts");
        JsonObject going;
        try (Connection otherNode = TestDatabase.connect()) {
            try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, ClusterSingleRun.NAMESPACE);
                lock.setInt(2, "failure-counts".hashCode());
                lock.execute();
            }
            TestDatabase.updateOne(
                    "update job_run set started_at = current_timestamp, finished_at = null, node = 'node-2'"
                            + " where job = 'failure-counts'");
            going = lastRun("failure-counts");
        }
        JsonObject stopped = lastRun("failure-counts");

        assertThat(going.getBoolean("running")).as(going.toString()).isTrue();
        assertThat(going.getBoolean("interrupted")).isFalse();
        assertThat(stopped.getBoolean("running"))
                .as("once node-2 is gone: " + stopped)
                .isFalse();
        assertThat(stopped.getBoolean("interrupted")).isTrue();
        assertThat(stopped.containsKey("finishedAt")).as("it never finished").isFalse();
        assertThat(api.get("/api/admin/jobs", "admin").json().asJsonArray().stream()
                        .map(job -> job.asJsonObject())
                        .filter(job -> job.getString("name").equals("failure-counts"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("lastRun")
                        .getBoolean("interrupted"))
                .as("the list says so too")
                .isTrue();
        Api.Reply again = api.postJson("/api/admin/jobs/failure-counts", "admin", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(Jobs.finishedRun(api, "failure-counts").getBoolean("interrupted"))
                .isFalse();
    }

    private JsonObject lastRun(String job) {
        Api.Reply reply = api.get("/api/admin/jobs/" + job, "admin");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject().getJsonObject("lastRun");
    }

    @Test
    void shouldAnswerWhichJobsThereAreWhenAskedForOneThatIsNot() {
        Api.Reply unknown = api.postJson("/api/admin/jobs/backups", "admin", "");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().asJsonObject().getString("detail"))
                .contains("There is no job 'backups'")
                .contains("calibration, deadline-reminders, expiry-notices");
    }

    private void labelTwentyFourAnswers(String slug) {
        List<String> apologies = List.of(
                "I'm afraid we don't have Coke.",
                "I'm afraid we only have Pepsi.",
                "Sorry about that, we don't sell Coke.",
                "Unfortunately we have no Diet Coke.",
                "I'm so sorry, there's no Coke here.",
                "I apologize, we don't carry it.",
                "I'm afraid we don't stock that.",
                "Sorry about that, no Coke at this bar.",
                "Unfortunately we don't have any.",
                "I'm so sorry, it's Pepsi or nothing.",
                "I apologize, Coke isn't on the menu.",
                "I'm afraid we're out of Coke products.");
        for (String apology : apologies) {
            label(slug, apology, "not shown");
            label(slug, apology + " But leave it with me, I'll sort something out.", "fully");
        }
    }

    private void label(String slug, String text, String level) {
        Api.Reply reply = api.postJson(
                "/api/scenarios/" + slug + "/preview/labels",
                "trainer",
                Json.createObjectBuilder()
                        .add("step", "diet-coke-order")
                        .add("text", text)
                        .add("levels", Json.createObjectBuilder().add("kind-no", level))
                        .build()
                        .toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** A certificate of the seeded program for the trainee, written straight into the database; its serial. */
    @Test
    void shouldNoticeACohortLargerThanABatchEachCertificateOnce() throws Exception {
        String holder = Trainees.create("cohort");
        Instant now = Instant.now();
        List<String> cohort = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            cohort.add(certificate(holder, now.plus(Duration.ofDays(5)).plusSeconds(i), "ISSUED"));
        }

        Jobs.start(api, "expiry-notices");
        Jobs.finishedRun(api, "expiry-notices");

        Map<String, Integer> notices = notices();
        assertThat(cohort).as("three batches, each certificate noticed once").allSatisfy(serial -> assertThat(notices)
                .containsEntry(serial, 1));
    }

    private static String certificate(String username, Instant expiresAt, String status) throws SQLException {
        long id = NEXT_ID.incrementAndGet();
        String serial = "XM-JOB" + id;
        String snapshot = Json.createObjectBuilder()
                .add("criteria", "Pass every scenario.")
                .add("employeeNumber", "")
                .add("holderName", "Trainee " + username)
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("name", "ExtraMile Training")
                                .add("url", "https://x.test"))
                .add("overallScore", 0.8)
                .add("programDescription", "Going the extra mile.")
                .add("programSlug", "cx-essentials")
                .add("programTitle", "Customer Experience Essentials")
                .add("results", Json.createArrayBuilder())
                .build()
                .toString();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement insert = connection.prepareStatement("insert into certificate (id, serial,"
                        + " program_id, account_id, snapshot, issued_at, expires_at, status, status_index, pdf_sha256,"
                        + " version) select ?, ?, (select id from program where slug = 'cx-essentials'), (select id"
                        + " from account where username = ?), ?, ?, ?, ?, ?, ?, 0")) {
            insert.setLong(1, id);
            insert.setString(2, serial);
            insert.setString(3, username);
            insert.setString(4, snapshot);
            insert.setTimestamp(5, Timestamp.from(expiresAt.minus(Duration.ofDays(730))));
            insert.setTimestamp(6, Timestamp.from(expiresAt));
            insert.setString(7, status);
            insert.setInt(8, (int) (id - 800_000_000));
            insert.setString(9, "0".repeat(64));
            insert.executeUpdate();
        }
        return serial;
    }

    /** Notices per certificate serial. */
    private static Map<String, Integer> notices() throws SQLException {
        Map<String, Integer> notices = new HashMap<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement("select c.serial, count(*) from expiry_notice n"
                        + " join certificate c on c.id = n.certificate_id group by c.serial");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                notices.put(rows.getString(1), rows.getInt(2));
            }
        }
        return notices;
    }

    private static long versionId(String slug, int number) throws SQLException {
        return TestDatabase.number(
                "select v.id from rubric_version v join scenario s on s.id = v.scenario_id"
                        + " where s.slug = ? and v.number = ?",
                slug,
                number);
    }

    private static long labelsCalibrated(long versionId) throws SQLException {
        return TestDatabase.number("select label_count from rubric_calibration where rubric_version_id = ?", versionId);
    }

    private static long scorerRevision(long versionId) throws SQLException {
        return TestDatabase.number(
                "select scorer_revision from rubric_calibration where rubric_version_id = ?", versionId);
    }

    private static long labelsStored(long versionId) throws SQLException {
        return TestDatabase.number("select count(*) from scoring_label where rubric_version_id = ?", versionId);
    }

    private static Instant calibratedAt(long versionId) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select calibrated_at from rubric_calibration where rubric_version_id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : null;
            }
        }
    }
}
