package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.shared.NotFoundException;
import org.hibernate.Session;

/**
 * HR's overview of one program: in each branch, how many active trainees hold a valid certificate of it, and how
 * many of its certificates expire in the coming weeks. Counted by the database (two aggregate queries), so the
 * figures cost the same for ten people or a hundred thousand. "Valid" is judged as the records export judges it.
 */
@ApplicationScoped
public class CertificationCoverage {

    /** The look-ahead windows HR plans renewals with, in days. */
    public static final List<Integer> WINDOWS = List.of(30, 60, 90);

    private static final String TRAINEE = "a.active = true"
            + " and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'TRAINEE')";

    private static final String HOLDS_VALID = "exists (select 1 from certificate c where c.account_id = a.id"
            + " and c.program_id = ? and c.status = 'ISSUED' and c.expires_at > ?)";

    /** Branches with their people; then the people with no branch, as one row when there are any. */
    private static final String BY_BRANCH = "select b.code, b.name, count(a.id),"
            + " coalesce(sum(case when " + HOLDS_VALID + " then 1 else 0 end), 0)"
            + " from branch b left join account a on a.branch_id = b.id and " + TRAINEE
            + " group by b.code, b.name"
            + " union all"
            + " select null, null, count(a.id), coalesce(sum(case when " + HOLDS_VALID + " then 1 else 0 end), 0)"
            + " from account a where a.branch_id is null and " + TRAINEE
            + " having count(a.id) > 0"
            + " order by 1 nulls last";

    /** A count per window, each counting the valid certificates that expire before its end. */
    private static final String EXPIRING = "select "
            + WINDOWS.stream()
                    .map(days -> "coalesce(sum(case when c.expires_at <= ? then 1 else 0 end), 0)")
                    .collect(Collectors.joining(", "))
            + " from certificate c where c.program_id = ? and c.status = 'ISSUED' and c.expires_at > ?";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The coverage of the program with this slug; an unknown slug is not found. */
    @Transactional
    public Coverage of(String program) {
        long programId = em.createQuery("select p.id from Program p where p.slug = :slug", Long.class)
                .setParameter("slug", program)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no program '" + program + "'."));
        Instant now = clock.instant();
        List<BranchCoverage> branches = new ArrayList<>();
        List<ExpiringSoon> expiring = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BY_BRANCH)) {
                statement.setLong(1, programId);
                statement.setObject(2, now.atOffset(ZoneOffset.UTC));
                statement.setLong(3, programId);
                statement.setObject(4, now.atOffset(ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        branches.add(
                                new BranchCoverage(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(EXPIRING)) {
                int parameter = 1;
                for (int days : WINDOWS) {
                    statement.setObject(parameter++, windowEnd(now, days));
                }
                statement.setLong(parameter++, programId);
                statement.setObject(parameter, now.atOffset(ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    for (int i = 0; i < WINDOWS.size(); i++) {
                        expiring.add(new ExpiringSoon(WINDOWS.get(i), row.getLong(i + 1)));
                    }
                }
            }
        });
        return new Coverage(program, branches, expiring);
    }

    /** The end of a window, as the records filter status=expiring&within=days computes it. */
    private static OffsetDateTime windowEnd(Instant now, int days) {
        return now.plus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
    }
}
