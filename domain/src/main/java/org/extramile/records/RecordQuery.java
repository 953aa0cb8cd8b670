package org.extramile.records;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.extramile.shared.PageRequest;

/** The SQL that selects a scope's certificates, with their holder's live profile; plain SQL for PostgreSQL and H2. */
final class RecordQuery {

    static final String FROM =
            " from certificate c join account a on a.id = c.account_id" + " left join branch b on b.id = a.branch_id";
    static final String ORDER = " order by c.issued_at, c.id";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    RecordQuery(RecordScope scope) {
        RecordFilter filter = scope.filter();
        if (filter.from() != null) {
            condition(" and c.issued_at >= ?", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            condition(" and c.issued_at < ?", timestamp(filter.to()));
        }
        if (scope.programId() != null) {
            condition(" and c.program_id = ?", scope.programId());
        }
        if (scope.branchId() != null) {
            condition(" and a.branch_id = ?", scope.branchId());
        }
        if (filter.employee() != null) {
            condition(" and a.employee_number = ?", filter.employee());
        }
        if (filter.status() != null) {
            OffsetDateTime now = timestamp(scope.now());
            switch (filter.status()) {
                case VALID -> condition(" and c.status = 'ISSUED' and c.expires_at > ?", now);
                case EXPIRED -> condition(" and c.status = 'ISSUED' and c.expires_at <= ?", now);
                case REVOKED -> where.append(" and c.status = 'REVOKED'");
                case SUPERSEDED -> where.append(" and c.status = 'SUPERSEDED'");
                case EXPIRING -> {
                    condition(" and c.status = 'ISSUED' and c.expires_at > ?", now);
                    condition(" and c.expires_at <= ?", timestamp(scope.now().plus(filter.within(), ChronoUnit.DAYS)));
                }
            }
        }
    }

    /** The statement text: {@code select} (the columns, aliases c, a, b), then whatever joins {@code more} adds. */
    String sql(String select, String more) {
        return select + FROM + more + where + ORDER;
    }

    /** How many certificates the scope holds. */
    String count() {
        return "select count(*)" + FROM + where;
    }

    /** One page of the scope, newest first, as a person browsing them reads it (exports stay oldest first). */
    String newestFirst(String select, PageRequest page) {
        return select + FROM + where + " order by c.issued_at desc, c.id desc limit " + page.size() + " offset "
                + page.offset();
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private void condition(String sql, Object value) {
        where.append(sql);
        parameters.add(value);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
