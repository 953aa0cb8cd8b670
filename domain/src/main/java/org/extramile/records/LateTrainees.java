package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.extramile.certification.Program;
import org.extramile.people.Role;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.PageRequest;
import org.hibernate.jpa.HibernateHints;

/**
 * Who is late with a program that must be first earned within some days of hire (or of the day the deadline was
 * introduced, for those hired before): active trainees whose deadline so counted has passed, who have never held one
 * of its certificates (a revoked or expired one counts as held:
 * renewing is the expiry notices' business), or past the later day HR extended it to for them. Found by the
 * database, longest late first, a page at a time or streamed as CSV.
 */
@ApplicationScoped
public class LateTrainees {

    static final List<String> HEADER = List.of(
            "program", "employee_number", "username", "name", "email", "branch", "hire_date", "due_by", "days_late");

    /** Late: past the deadline HR extended for them, or else past the one counted from their hire date. */
    private static final String LATE = " from Account a left join a.branch b"
            + " left join DeadlineExtension e on e.accountId = a.id and e.programId = :program"
            + " join Program p on p.id = :program"
            + " where a.active = true and :trainee member of a.roles and a.hireDate is not null"
            + " and ((e.id is null and a.hireDate < :cutoff and (p.dueSince is null or p.dueSince < :cutoff))"
            + " or e.dueBy < :today)"
            + " and not exists (select c.id from Certificate c where c.accountId = a.id and c.programId = :program)";

    private static final String ORDER = " order by coalesce(e.dueBy, case when a.hireDate < p.dueSince"
            + " then p.dueSince + p.dueDays day else a.hireDate + p.dueDays day end), a.displayName, a.id";

    private static final String FIELDS =
            "select a.employeeNumber, a.username, a.displayName, b.code, a.hireDate, e.dueBy";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public LateList of(String program, String branch, PageRequest page) {
        Deadline deadline = deadline(program, branch);
        if (deadline.dueDays() == null) {
            return new LateList(null, null, List.of(), page.page(), page.size(), 0);
        }
        long total = deadline.bind(em.createQuery("select count(a)" + deadline.late(), Long.class))
                .getSingleResult();
        List<LateTrainee> late = deadline.bind(em.createQuery(FIELDS + deadline.late() + ORDER, Object[].class))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(deadline::late)
                .toList();
        return new LateList(deadline.dueDays(), deadline.dueSince(), late, page.page(), page.size(), total);
    }

    /** The program's deadline in days after hire, null if it has none; a 404 for a program that does not exist. */
    @Transactional
    public Integer dueDays(String program) {
        return deadline(program, null).dueDays();
    }

    /** Everyone late with the program as CSV, longest late first, counting the rows into {@code rows} as they go. */
    @Transactional
    public void write(String program, String branch, OutputStream out, boolean bom, AtomicLong rows) {
        Deadline deadline = deadline(program, branch);
        CSVPrinter csv = CsvRecords.printer(out, HEADER, bom);
        try {
            if (deadline.dueDays() != null) {
                try (Stream<Object[]> late = deadline.bind(
                                em.createQuery(FIELDS + ", a.email" + deadline.late() + ORDER, Object[].class))
                        .setHint(HibernateHints.HINT_FETCH_SIZE, CertificationRecords.FETCH_SIZE)
                        .getResultStream()) {
                    for (Object[] row : (Iterable<Object[]>) late::iterator) {
                        LateTrainee trainee = deadline.late(row);
                        csv.printRecord(
                                program,
                                Columns.inert(trainee.employeeNumber()),
                                trainee.username(),
                                Columns.inert(trainee.name()),
                                Columns.inert((String) row[6]),
                                Columns.inert(trainee.branch()),
                                trainee.hireDate(),
                                trainee.dueBy(),
                                trainee.daysLate());
                        rows.incrementAndGet();
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Deadline deadline(String program, String branch) {
        Object[] found = em.createQuery(
                        "select p.id, p.dueDays, p.dueSince from Program p where p.slug = :slug", Object[].class)
                .setParameter("slug", program)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no program '" + program + "'."));
        return new Deadline(
                (Long) found[0],
                (Integer) found[1],
                (LocalDate) found[2],
                branch == null || branch.isBlank() ? null : branch.strip(),
                LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /** A program's deadline as of today: who is late with it, and by how much. */
    private record Deadline(long programId, Integer dueDays, LocalDate dueSince, String branch, LocalDate today) {

        /** Who is late, of the branch if one is asked for. */
        String late() {
            return branch == null ? LATE : LATE + " and b.code = :branch";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("trainee", Role.TRAINEE)
                    .setParameter("cutoff", today.minusDays(dueDays))
                    .setParameter("today", today)
                    .setParameter("program", programId);
            return branch == null ? query : query.setParameter("branch", branch);
        }

        /** A row of {@link #FIELDS}. */
        LateTrainee late(Object[] row) {
            LocalDate dueBy =
                    row[5] != null ? (LocalDate) row[5] : Program.dueBy((LocalDate) row[4], dueSince, dueDays);
            return new LateTrainee(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (LocalDate) row[4],
                    dueBy,
                    ChronoUnit.DAYS.between(dueBy, today));
        }
    }
}
