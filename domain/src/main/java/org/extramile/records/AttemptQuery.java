package org.extramile.records;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that selects the attempts in a scope, a row per turn (an attempt without turns has one row), ordered by
 * attempt: dates bound the attempt's start; a program bounds its scenarios; branch and employee its player.
 */
final class AttemptQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    AttemptQuery(RecordScope scope) {
        RecordFilter filter = scope.filter();
        if (filter.from() != null) {
            condition(" and t.started_at >= ?", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            condition(" and t.started_at < ?", filter.to().atOffset(ZoneOffset.UTC));
        }
        if (scope.programId() != null && scope.scenarios().isEmpty()) {
            where.append(" and 1 = 0");
        } else if (scope.programId() != null) {
            where.append(" and s.slug in (");
            for (int i = 0; i < scope.scenarios().size(); i++) {
                where.append(i == 0 ? "?" : ", ?");
                parameters.add(scope.scenarios().get(i));
            }
            where.append(")");
        }
        if (scope.branchId() != null) {
            condition(" and a.branch_id = ?", scope.branchId());
        }
        if (filter.employee() != null) {
            condition(" and a.employee_number = ?", filter.employee());
        }
    }

    String sql() {
        return "select t.id, t.status, t.started_at, t.finished_at, t.points, t.max_points, t.passed, s.slug, s.title,"
                + " a.employee_number, a.username, u.step, u.card, b.code, u.number, pb.code"
                + " from attempt t join account a on a.id = t.account_id join scenario s on s.id = t.scenario_id"
                + " left join branch b on b.id = a.branch_id"
                + " left join branch pb on pb.id = t.branch_id"
                + " left join turn u on u.attempt_id = t.id"
                + where
                + " order by t.started_at, t.id, u.number";
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
}
