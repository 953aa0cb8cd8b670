package org.extramile.records;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.extramile.records.XapiStatements.AttemptFacts;
import org.extramile.records.XapiStatements.CriterionResult;
import org.extramile.records.XapiStatements.ProgramActivity;
import org.junit.jupiter.api.Test;

/** The statements hold to the xAPI 1.0.3 rules a Learning Record Store checks on the way in. */
class XapiStatementsTest {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern DURATION =
            Pattern.compile("^P(?!$)(\\d+(?:\\.\\d+)?Y)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?W)?(\\d+(?:\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(?:\\.\\d+)?H)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?S)?)?$");
    private static final ProgramActivity ESSENTIALS =
            new ProgramActivity("cx-essentials", "Customer Experience Essentials");
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private final XapiStatements statements = new XapiStatements("https://training.example.com/");

    @Test
    void shouldStateACompletedAttemptAsAttemptedCompletedAndPassed() {
        List<JsonObject> stated = statements.attempt(completed(true, 7, 8));

        assertThat(stated)
                .extracting(s -> s.getJsonObject("verb").getString("id"))
                .containsExactly(
                        XapiStatements.VERBS + "attempted",
                        XapiStatements.VERBS + "completed",
                        XapiStatements.VERBS + "passed");
        stated.forEach(XapiStatementsTest::assertValid);
        JsonObject passed = stated.get(2);
        JsonObject score = passed.getJsonObject("result").getJsonObject("score");
        assertThat(score.getJsonNumber("scaled").doubleValue()).isEqualTo(0.875);
        assertThat(score.getInt("raw")).isEqualTo(7);
        assertThat(passed.getJsonObject("result").getString("duration")).isEqualTo("PT1M30.25S");
        assertThat(passed.getJsonObject("result").getJsonObject("extensions"))
                .containsKey("https://training.example.com/activities/scenarios/free-upgrade/criteria/empathy");
        assertThat(passed.getJsonObject("object").getString("id"))
                .isEqualTo("https://training.example.com/activities/scenarios/free-upgrade");
        assertThat(passed.getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("parent")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo("https://training.example.com/activities/programs/cx-essentials");
    }

    @Test
    void shouldStateAFailedAttemptWithoutSuccess() {
        JsonObject failed = statements.attempt(completed(false, 2, 8)).get(2);

        assertValid(failed);
        assertThat(failed.getJsonObject("verb").getString("id")).isEqualTo(XapiStatements.VERBS + "failed");
        assertThat(failed.getJsonObject("result").getBoolean("success")).isFalse();
    }

    @Test
    void shouldStateAnAttemptInProgressOnlyAsAttempted() {
        AttemptFacts started = new AttemptFacts(
                UUID.randomUUID(),
                "T-0001",
                "free-upgrade",
                "A free upgrade",
                START,
                null,
                false,
                null,
                null,
                null,
                List.of(),
                List.of());

        List<JsonObject> stated = statements.attempt(started);

        assertThat(stated).hasSize(1);
        assertValid(stated.get(0));
    }

    @Test
    void shouldStateACertificateAsPassedOnTheProgram() {
        JsonObject certified = statements.certified("XM-7K3Q-9FJD-2M8P-R", "E-100", ESSENTIALS, 0.91, START);

        assertValid(certified);
        assertThat(certified.getJsonObject("object").getString("id"))
                .isEqualTo("https://training.example.com/activities/programs/cx-essentials");
    }

    @Test
    void shouldGiveTheSameIdsOnEveryExport() {
        AttemptFacts attempt = completed(true, 7, 8);

        assertThat(statements.attempt(attempt).get(0).getString("id"))
                .isEqualTo(statements.attempt(attempt).get(0).getString("id"))
                .isNotEqualTo(statements.attempt(attempt).get(1).getString("id"));
        assertThat(XapiStatements.uuid5("a").version()).isEqualTo(5);
    }

    private static AttemptFacts completed(boolean passed, int points, int max) {
        return new AttemptFacts(
                UUID.fromString("0b7e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
                "E-100",
                "free-upgrade",
                "A free upgrade",
                START,
                START.plusMillis(90_254),
                true,
                points,
                max,
                passed,
                List.of(
                        new CriterionResult("greet", "empathy", "fully", 2, 2),
                        new CriterionResult("offer", "empathy", "partly", 1, 2)),
                List.of(ESSENTIALS));
    }

    /** The 1.0.3 statement rules that apply to what we state. */
    private static void assertValid(JsonObject statement) {
        assertThat(statement.getString("id")).matches(UUID_FORM);
        assertThat(Instant.parse(statement.getString("timestamp"))).isNotNull();
        JsonObject actor = statement.getJsonObject("actor");
        assertThat(actor.getString("objectType")).isEqualTo("Agent");
        assertThat(actor.keySet()).containsExactlyInAnyOrder("objectType", "account");
        assertAbsoluteIri(actor.getJsonObject("account").getString("homePage"));
        assertThat(actor.getJsonObject("account").getString("name")).isNotBlank();
        JsonObject verb = statement.getJsonObject("verb");
        assertAbsoluteIri(verb.getString("id"));
        assertThat(verb.getJsonObject("display")).isNotEmpty();
        JsonObject object = statement.getJsonObject("object");
        assertThat(object.getString("objectType")).isEqualTo("Activity");
        assertAbsoluteIri(object.getString("id"));
        assertAbsoluteIri(object.getJsonObject("definition").getString("type"));
        if (statement.containsKey("result")) {
            JsonObject result = statement.getJsonObject("result");
            if (result.containsKey("score")) {
                JsonObject score = result.getJsonObject("score");
                double scaled = score.getJsonNumber("scaled").doubleValue();
                assertThat(scaled).isBetween(-1.0, 1.0);
                if (score.containsKey("raw")) {
                    assertThat(score.getJsonNumber("raw").doubleValue())
                            .isBetween(number(score, "min"), number(score, "max"));
                    assertThat(number(score, "min")).isLessThan(number(score, "max"));
                }
            }
            if (result.containsKey("duration")) {
                assertThat(result.getString("duration")).matches(DURATION);
            }
            if (result.containsKey("extensions")) {
                result.getJsonObject("extensions").keySet().forEach(XapiStatementsTest::assertAbsoluteIri);
            }
        }
        if (statement.containsKey("context")) {
            JsonObject context = statement.getJsonObject("context");
            if (context.containsKey("registration")) {
                assertThat(context.getString("registration")).matches(UUID_FORM);
            }
            if (context.containsKey("extensions")) {
                context.getJsonObject("extensions").keySet().forEach(XapiStatementsTest::assertAbsoluteIri);
            }
            if (context.containsKey("contextActivities")) {
                for (JsonValue parent :
                        context.getJsonObject("contextActivities").getJsonArray("parent")) {
                    assertAbsoluteIri(parent.asJsonObject().getString("id"));
                }
            }
        }
    }

    private static double number(JsonObject score, String key) {
        return ((JsonNumber) score.get(key)).doubleValue();
    }

    private static void assertAbsoluteIri(String iri) {
        assertThat(URI.create(iri).isAbsolute()).as(iri).isTrue();
    }
}
