package org.extramile.analytics;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** The SQL condition a filter puts on attempts (alias {@code a}), with its parameters, for every analytics query. */
final class AttemptScope {

    private final StringBuilder condition = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AttemptScope(AnalyticsFilter filter, Long branchId) {
        if (filter.from() != null) {
            add(" and a.started_at >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            add(" and a.started_at < :to", "to", filter.to());
        }
        if (branchId != null) {
            add(" and a.branch_id = :branch", "branch", branchId);
        }
    }

    /** The condition to append after a where clause: empty, or starting with " and". */
    String and() {
        return condition.toString();
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void add(String sql, String name, Object value) {
        condition.append(sql);
        parameters.put(name, value);
    }
}
