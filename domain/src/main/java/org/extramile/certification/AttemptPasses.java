package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Reads passed scenarios from the stored attempts: the best share per scenario, the latest on a tie. */
@ApplicationScoped
public class AttemptPasses implements PassedScenarios {

    @Inject
    EntityManager em;

    @Override
    public List<Passed> passes(Collection<Long> accountIds, Collection<String> scenarios) {
        if (accountIds.isEmpty() || scenarios.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        select a.account_id, s.slug, a.share, v.number, a.finished_at
                          from attempt a
                          join scenario s on s.id = a.scenario_id
                          join rubric_version v on v.id = a.rubric_version_id
                         where a.account_id in (?1) and a.status = 'COMPLETED' and a.passed = true
                           and s.slug in (?2)
                         order by a.share desc, a.finished_at desc
                        """)
                .setParameter(1, accountIds)
                .setParameter(2, scenarios)
                .getResultList();
        return rows.stream()
                .map(row -> new Passed(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        new Pass(((Number) row[2]).doubleValue(), ((Number) row[3]).intValue(), instant(row[4]))))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
