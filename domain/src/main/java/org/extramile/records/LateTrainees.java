package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.extramile.people.Role;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.PageRequest;

/**
 * Who is late with a program that must be first earned within some days of hire: active trainees hired before
 * today less that many days who have never held one of its certificates (a revoked or expired one counts as held:
 * renewing is the expiry notices' business). Found by the database, a page at a time.
 */
@ApplicationScoped
public class LateTrainees {

    private static final String LATE = " from Account a left join a.branch b"
            + " where a.active = true and :trainee member of a.roles"
            + " and a.hireDate is not null and a.hireDate < :cutoff"
            + " and not exists (select c.id from Certificate c where c.accountId = a.id and c.programId = :program)";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public LateList of(String program, PageRequest page) {
        Object[] found = em.createQuery("select p.id, p.dueDays from Program p where p.slug = :slug", Object[].class)
                .setParameter("slug", program)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no program '" + program + "'."));
        Integer dueDays = (Integer) found[1];
        if (dueDays == null) {
            return new LateList(null, List.of(), page.page(), page.size(), 0);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate cutoff = today.minusDays(dueDays);
        long total = em.createQuery("select count(a)" + LATE, Long.class)
                .setParameter("trainee", Role.TRAINEE)
                .setParameter("cutoff", cutoff)
                .setParameter("program", found[0])
                .getSingleResult();
        List<LateTrainee> late = em.createQuery(
                        "select a.employeeNumber, a.username, a.displayName, b.code, a.hireDate" + LATE
                                + " order by a.hireDate, a.displayName, a.id",
                        Object[].class)
                .setParameter("trainee", Role.TRAINEE)
                .setParameter("cutoff", cutoff)
                .setParameter("program", found[0])
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(row -> {
                    LocalDate dueBy = ((LocalDate) row[4]).plusDays(dueDays);
                    return new LateTrainee(
                            (String) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (LocalDate) row[4],
                            dueBy,
                            ChronoUnit.DAYS.between(dueBy, today));
                })
                .toList();
        return new LateList(dueDays, late, page.page(), page.size(), total);
    }
}
