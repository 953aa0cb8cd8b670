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

    /** Active trainees with a hire date who never held one of the program's certificates. */
    private static final String TRAINEES = " from Account a left join a.branch b"
            + " left join DeadlineExtension e on e.accountId = a.id and e.programId = :program"
            + " join Program p on p.id = :program"
            + " where a.active = true and :trainee member of a.roles and a.hireDate is not null"
            + " and not exists (select c.id from Certificate c where c.accountId = a.id and c.programId = :program)";

    /**
     * Late: past the deadline HR extended for them, or else past the one counted from their hire date (and from the day
     * the deadline was introduced, which the caller checks: when that is not before the cutoff, only extensions can be
     * past).
     */
    private static final String PAST_DEADLINE = " and ((e.id is null and a.hireDate < :cutoff) or e.dueBy < :today)";

    private static final String PAST_EXTENSION = " and e.dueBy < :today";

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
        long total = deadline.count(em);
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

    /**
     * How many trainees would be late today were the program's deadline {@code dueDays} (null: none) from now on,
     * against how many are now: what a trainer changing a deadline is told before saving it.
     */
    @Transactional
    public DeadlineChange ifDueIn(String slug, Integer dueDays) {
        Program program = program(slug);
        LocalDate today = today();
        Deadline now = new Deadline(program.id(), program.dueDays(), program.dueSince(), null, today);
        Deadline then = new Deadline(program.id(), dueDays, program.dueSinceIf(dueDays, today), null, today);
        return new DeadlineChange(now.count(em), then.count(em));
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

    private Deadline deadline(String slug, String branch) {
        Program program = program(slug);
        return new Deadline(
                program.id(),
                program.dueDays(),
                program.dueSince(),
                branch == null || branch.isBlank() ? null : branch.strip(),
                today());
    }

    private Program program(String slug) {
        return em.createQuery("select p from Program p where p.slug = :slug", Program.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no program '" + slug + "'."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** A program's deadline as of today: who is late with it, and by how much. */
    private record Deadline(long programId, Integer dueDays, LocalDate dueSince, String branch, LocalDate today) {

        /** Who is late, of the branch if one is asked for. */
        String late() {
            String late = TRAINEES + (introducedBeforeCutoff() ? PAST_DEADLINE : PAST_EXTENSION);
            return branch == null ? late : late + " and b.code = :branch";
        }

        /** How many are late: none without a deadline. */
        long count(EntityManager em) {
            return dueDays == null
                    ? 0
                    : bind(em.createQuery("select count(a)" + late(), Long.class))
                            .getSingleResult();
        }

        private LocalDate cutoff() {
            return today.minusDays(dueDays);
        }

        /** Whether anyone can be past the deadline counted from their hire date: not if it was set too lately. */
        private boolean introducedBeforeCutoff() {
            return dueSince == null || dueSince.isBefore(cutoff());
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("trainee", Role.TRAINEE)
                    .setParameter("today", today)
                    .setParameter("program", programId);
            if (introducedBeforeCutoff()) {
                query.setParameter("cutoff", cutoff());
            }
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
