package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.records.XapiStatements.AttemptFacts;
import org.extramile.records.XapiStatements.CriterionResult;
import org.extramile.records.XapiStatements.ProgramActivity;
import org.hibernate.Session;

/**
 * The records as xAPI statements, read from two cursors in one transaction: a "passed" statement on the program for
 * each certificate in scope, then "attempted" (and for a completed attempt "completed" and "passed" or "failed", with
 * its score and each criterion's level) for each attempt of the same people, scenarios and dates. The date filters
 * apply to certificates' issue and attempts' start.
 */
@ApplicationScoped
public class XapiRecords {

    @Inject
    EntityManager em;

    @Inject
    @ConfigProperty(name = "extramile.xapi.base")
    Optional<String> xapiBase;

    @Inject
    @ConfigProperty(name = "extramile.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Transactional
    public long each(RecordScope scope, Consumer<JsonObject> sink) {
        XapiStatements statements = new XapiStatements(xapiBase.orElse(publicUrl));
        Map<String, List<ProgramActivity>> parents = parents();
        long[] count = {0};
        Consumer<JsonObject> counted = statement -> {
            sink.accept(statement);
            count[0]++;
        };
        em.unwrap(Session.class).doWork(connection -> {
            RecordQuery certificates = new RecordQuery(scope);
            try (PreparedStatement statement = connection.prepareStatement(
                    certificates.sql("select c.serial, c.snapshot, c.issued_at, a.employee_number, a.username", ""))) {
                statement.setFetchSize(CertificationRecords.FETCH_SIZE);
                certificates.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        SnapshotFields snapshot = SnapshotFields.read(row.getString(2));
                        counted.accept(statements.certified(
                                row.getString(1),
                                actor(row.getString(4), row.getString(5)),
                                new ProgramActivity(snapshot.programSlug(), snapshot.programTitle()),
                                snapshot.overallScore(),
                                instant(row, 3)));
                    }
                }
            }
            AttemptQuery attempts = new AttemptQuery(scope);
            try (PreparedStatement statement = connection.prepareStatement(attempts.sql())) {
                statement.setFetchSize(CertificationRecords.FETCH_SIZE);
                attempts.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    readAttempts(
                            row, parents, facts -> statements.attempt(facts).forEach(counted));
                }
            }
        });
        return count[0];
    }

    /** Rows come one per turn, ordered by attempt: an attempt is complete when the next one starts. */
    private static void readAttempts(
            ResultSet row, Map<String, List<ProgramActivity>> parents, Consumer<AttemptFacts> sink)
            throws SQLException {
        AttemptFacts current = null;
        while (row.next()) {
            UUID id = row.getObject(1, UUID.class);
            if (current == null || !current.id().equals(id)) {
                if (current != null) {
                    sink.accept(current);
                }
                String scenario = row.getString(8);
                int points = row.getInt(5);
                Integer pointsOrNull = row.wasNull() ? null : points;
                int max = row.getInt(6);
                Integer maxOrNull = row.wasNull() ? null : max;
                boolean passed = row.getBoolean(7);
                Boolean passedOrNull = row.wasNull() ? null : passed;
                current = new AttemptFacts(
                        id,
                        actor(row.getString(10), row.getString(11)),
                        scenario,
                        row.getString(9),
                        instant(row, 3),
                        row.getObject(4, OffsetDateTime.class) == null ? null : instant(row, 4),
                        "COMPLETED".equals(row.getString(2)),
                        pointsOrNull,
                        maxOrNull,
                        passedOrNull,
                        new ArrayList<>(),
                        parents.getOrDefault(scenario, List.of()));
            }
            String card = row.getString(13);
            if (card != null) {
                current.criteria().addAll(criteria(row.getString(12), card));
            }
        }
        if (current != null) {
            sink.accept(current);
        }
    }

    /** Every criterion and penalty of a turn's current score card, with the level it reached. */
    private static List<CriterionResult> criteria(String step, String card) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(card))) {
            json = reader.readObject();
        }
        List<CriterionResult> results = new ArrayList<>();
        for (String list : List.of("criteria", "penalties")) {
            for (JsonObject c : json.getJsonArray(list).getValuesAs(JsonObject.class)) {
                results.add(new CriterionResult(
                        step, c.getString("key"), c.getString("level"), c.getInt("points"), c.getInt("maxPoints")));
            }
        }
        return results;
    }

    private Map<String, List<ProgramActivity>> parents() {
        Map<String, List<ProgramActivity>> parents = new HashMap<>();
        for (Object[] p : em.createQuery(
                        "select p.slug, p.title, p.scenarios from Program p order by p.slug", Object[].class)
                .getResultList()) {
            @SuppressWarnings("unchecked")
            List<String> scenarios = (List<String>) p[2];
            for (String scenario : scenarios) {
                parents.computeIfAbsent(scenario, s -> new ArrayList<>())
                        .add(new ProgramActivity((String) p[0], (String) p[1]));
            }
        }
        return parents;
    }

    /** The employee number when there is one, otherwise the username: an account name unique on this installation. */
    private static String actor(String employeeNumber, String username) {
        return employeeNumber == null ? username : employeeNumber;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
