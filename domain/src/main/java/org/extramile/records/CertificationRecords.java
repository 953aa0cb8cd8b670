package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.extramile.certification.Links;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;
import org.hibernate.Session;

/**
 * Reads certification records from a forward-only JDBC cursor, one row at a time, inside one transaction (the
 * PostgreSQL driver only fetches in batches with auto-commit off): neither a list of rows nor managed entities are
 * ever built, so memory stays flat however many certificates match.
 */
@ApplicationScoped
public class CertificationRecords {

    /** Rows fetched per round trip: large enough to keep the driver busy, small enough to stay a few megabytes. */
    static final int FETCH_SIZE = 1000;

    /** PDFs are tens of kilobytes each: fetch a few at a time. */
    static final int PDF_FETCH_SIZE = 8;

    private static final String SELECT =
            "select c.serial, c.snapshot, c.issued_at, c.expires_at, c.status," + " a.employee_number, a.email, b.code";

    @Inject
    EntityManager em;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /**
     * Checks a filter against the data: an unknown program or branch is refused (400) rather than answered with an
     * empty file that would read as "nobody is certified"; an unknown employee number simply matches nothing.
     */
    @Transactional
    public RecordScope scope(RecordFilter filter) {
        TypedQuery<Object[]> query = em.createQuery(
                "select p.id, p.scenarios from Program p"
                        + (filter.program() == null ? "" : " where p.slug = :slug")
                        + " order by p.slug",
                Object[].class);
        if (filter.program() != null) {
            query.setParameter("slug", filter.program());
        }
        List<Object[]> programs = query.getResultList();
        if (filter.program() != null && programs.isEmpty()) {
            throw unknown("program", "No program has the slug '" + filter.program() + "': see GET /api/programs.");
        }
        Long branchId = null;
        if (filter.branch() != null) {
            branchId = em.createQuery("select b.id from Branch b where b.code = :code", Long.class)
                    .setParameter("code", filter.branch())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> unknown(
                            "branch", "No branch has the code '" + filter.branch() + "': see GET /api/branches."));
        }
        Set<String> scenarios = new LinkedHashSet<>();
        for (Object[] program : programs) {
            @SuppressWarnings("unchecked")
            List<String> required = (List<String>) program[1];
            scenarios.addAll(required);
        }
        Long programId = filter.program() == null ? null : (Long) programs.get(0)[0];
        return new RecordScope(filter, programId, branchId, new ArrayList<>(scenarios), clock.instant());
    }

    /** Hands each record in scope to {@code sink}, oldest first; the number of records. */
    @Transactional
    public long each(RecordScope scope, Consumer<CertificationRecord> sink) {
        RecordQuery query = new RecordQuery(scope);
        long[] rows = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    query.sql(SELECT, ""), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                query.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        sink.accept(record(row, scope.now()));
                        rows[0]++;
                    }
                }
            }
        });
        return rows[0];
    }

    /** One page of the records in scope, newest first, with how many there are in all. */
    @Transactional
    public Page<CertificationRecord> page(RecordScope scope, PageRequest request) {
        RecordQuery query = new RecordQuery(scope);
        List<CertificationRecord> items = new ArrayList<>();
        long[] total = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement(query.count())) {
                query.bind(count);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total[0] = row.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(query.newestFirst(SELECT, request))) {
                query.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        items.add(record(row, scope.now()));
                    }
                }
            }
        });
        return new Page<>(items, request.page(), request.size(), total[0]);
    }

    /** Hands the stored PDF of each certificate in scope to {@code sink} with its serial, one at a time. */
    @Transactional
    public long eachPdf(RecordScope scope, BiConsumer<String, InputStream> sink) {
        RecordQuery query = new RecordQuery(scope);
        long[] rows = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    query.sql("select c.serial, p.content", " join certificate_pdf p on p.certificate_id = c.id"),
                    ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(PDF_FETCH_SIZE);
                query.bind(statement);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        try (InputStream pdf = row.getBinaryStream(2)) {
                            sink.accept(row.getString(1), pdf);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        rows[0]++;
                    }
                }
            }
        });
        return rows[0];
    }

    private CertificationRecord record(ResultSet row, Instant now) throws SQLException {
        String serial = row.getString(1);
        SnapshotFields snapshot = SnapshotFields.read(row.getString(2));
        Instant expires = row.getObject(4, OffsetDateTime.class).toInstant();
        String employee = row.getString(6);
        return new CertificationRecord(
                employee == null ? snapshot.employeeNumber() : employee,
                snapshot.holderName(),
                row.getString(7),
                row.getString(8),
                snapshot.programSlug(),
                snapshot.programTitle(),
                serial,
                standing(row.getString(5), expires, now),
                row.getObject(3, OffsetDateTime.class).toInstant(),
                expires,
                snapshot.overallScore(),
                snapshot.scores(),
                links.verification(serial));
    }

    /** As {@code Certificate.standing}, from the stored status. */
    private static String standing(String status, Instant expires, Instant now) {
        return switch (status) {
            case "REVOKED" -> "revoked";
            case "SUPERSEDED" -> "superseded";
            default -> now.isBefore(expires) ? "valid" : "expired";
        };
    }

    private static InvalidException unknown(String parameter, String message) {
        return new InvalidException(List.of(new Violation("/" + parameter, message)));
    }
}
