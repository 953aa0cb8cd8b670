package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads passed scenarios from the stored attempts: the best share per scenario, the latest on a tie. */
@ApplicationScoped
public class AttemptPasses implements PassedScenarios {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Pass> best(long accountId, Collection<String> scenarios, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        select s.slug, a.share, v.number, a.finished_at
                          from attempt a
                          join scenario s on s.id = a.scenario_id
                          join rubric_version v on v.id = a.rubric_version_id
                         where a.account_id = ?1 and a.status = 'COMPLETED' and a.passed = true
                           and a.finished_at > ?2 and s.slug in (?3)
                         order by a.share desc, a.finished_at desc
                        """)
                .setParameter(1, accountId)
                .setParameter(2, since)
                .setParameter(3, scenarios)
                .getResultList();
        Map<String, Pass> best = new HashMap<>();
        for (Object[] row : rows) {
            best.putIfAbsent(
                    (String) row[0],
                    new Pass(((Number) row[1]).doubleValue(), ((Number) row[2]).intValue(), instant(row[3])));
        }
        return best;
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
