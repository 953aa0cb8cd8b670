package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;

/**
 * The per-attempt export for training analysis, in long form: a CSV row per attempt, step and criterion (and
 * penalty) with the level its current score card gives, so a spreadsheet or a notebook can pivot it any way; an
 * attempt without a scored turn has one row with the criterion columns empty. {@code branch} is the trainee's now, as
 * in the records; {@code played_at_branch} where they worked when they started the attempt. Read from a cursor, like the
 * records.
 */
@ApplicationScoped
public class AttemptRecords {

    static final List<String> HEADER = List.of(
            "attempt",
            "employee_number",
            "username",
            "branch",
            "played_at_branch",
            "scenario",
            "attempt_status",
            "started_at",
            "finished_at",
            "points",
            "max_points",
            "passed",
            "turn",
            "step",
            "criterion",
            "kind",
            "level",
            "criterion_points",
            "criterion_max_points",
            "met");

    @Inject
    EntityManager em;

    /** Writes the attempts in scope as CSV, counting the rows into {@code rows} as they go (for an aborted export). */
    @Transactional
    public void write(RecordScope scope, OutputStream out, AtomicLong rows) {
        AttemptQuery query = new AttemptQuery(scope);
        try {
            CSVPrinter csv = CsvRecords.printer(out, HEADER, false);
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    statement.setFetchSize(CertificationRecords.FETCH_SIZE);
                    query.bind(statement);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            rows.addAndGet(write(csv, row));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int write(CSVPrinter csv, ResultSet row) throws SQLException, IOException {
        Object[] attempt = {
            row.getObject(1, UUID.class),
            row.getString(10),
            row.getString(11),
            row.getString(14),
            row.getString(16),
            row.getString(8),
            row.getString(2).toLowerCase(Locale.ROOT),
            row.getObject(3, OffsetDateTime.class).toInstant(),
            instantOrNull(row.getObject(4, OffsetDateTime.class)),
            row.getObject(5),
            row.getObject(6),
            row.getObject(7)
        };
        String card = row.getString(13);
        if (card == null) {
            csv.printRecord(concat(attempt, new Object[8]));
            return 1;
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(card))) {
            json = reader.readObject();
        }
        int written = 0;
        for (String list : List.of("criteria", "penalties")) {
            for (JsonObject c : json.getJsonArray(list).getValuesAs(JsonObject.class)) {
                csv.printRecord(concat(attempt, new Object[] {
                    row.getInt(15),
                    row.getString(12),
                    c.getString("key"),
                    c.getString("kind").toLowerCase(Locale.ROOT),
                    c.getString("level"),
                    c.getInt("points"),
                    c.getInt("maxPoints"),
                    c.getBoolean("met")
                }));
                written++;
            }
        }
        return written;
    }

    private static Object instantOrNull(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
