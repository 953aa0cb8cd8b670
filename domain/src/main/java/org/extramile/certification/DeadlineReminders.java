package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.jobs.JobProgress;
import org.extramile.people.Account;

/**
 * Reminds trainees by mail of a program they must first earn within some days of hire: once as the deadline enters
 * each window (7 days, then 1 day before, say) and once after it has passed. Someone who enters a narrow window
 * first (hired late, or the deadline set late) gets only its reminder, not every wider one at once. HR hears of
 * those who have just become late. Each reminder is
 * written by an insert that does nothing when it exists, so a second run, even on another node at the same moment,
 * mails none twice.
 */
@ApplicationScoped
@Transactional
public class DeadlineReminders {

    /** The window a reminder that the deadline has passed is recorded under: narrower than any before it. */
    static final int PASSED = 0;

    /** Who the audit log says wrote the reminders. */
    static final String ACTOR = "scheduler";

    private static final String CANDIDATES = "select a.id, p.id, a.hire_date + p.due_days as due_by"
            + " from account a cross join program p"
            + " where p.due_days is not null and a.active and a.hire_date is not null"
            + " and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'TRAINEE')"
            + " and not exists (select 1 from certificate c where c.account_id = a.id and c.program_id = p.id)"
            + " and not exists (select 1 from deadline_reminder d where d.account_id = a.id"
            + " and d.program_id = p.id and d.due_by = a.hire_date + p.due_days and d.window_days <= :window)";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    DeadlineMails mails;

    @Inject
    ProgramProgress progress;

    @Inject
    Clock clock;

    /**
     * Writes and mails the reminders due: first those of deadlines passed, then each window from the narrowest, so a
     * narrower one found makes the wider ones moot. How many were written.
     */
    public int write(List<Integer> windows, JobProgress reached) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        List<Integer> narrowestFirst = IntStream.concat(
                        IntStream.of(PASSED),
                        windows.stream()
                                .mapToInt(Integer::intValue)
                                .filter(days -> days > 0)
                                .sorted()
                                .distinct())
                .boxed()
                .toList();
        int written = 0;
        for (int i = 0; i < narrowestFirst.size(); i++) {
            int window = narrowestFirst.get(i);
            List<Reminded> reminded = write(window, today);
            if (window == PASSED && !reminded.isEmpty()) {
                mails.late(reminded);
            }
            written += reminded.size();
            reached.reached(i + 1, narrowestFirst.size());
        }
        return written;
    }

    /** A trainee just reminded of a program's deadline. */
    record Reminded(Account trainee, Program program, LocalDate dueBy) {}

    private List<Reminded> write(int window, LocalDate today) {
        List<Reminded> reminded = new ArrayList<>();
        for (Object[] due : due(window, today)) {
            LocalDate dueBy = due[2] instanceof Date day ? day.toLocalDate() : (LocalDate) due[2];
            int inserted = em.createNativeQuery("insert into deadline_reminder"
                            + " (id, account_id, program_id, due_by, window_days, reminded_at)"
                            + " values (nextval('deadline_reminder_seq'), ?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, due[0])
                    .setParameter(2, due[1])
                    .setParameter(3, dueBy)
                    .setParameter(4, window)
                    .setParameter(5, clock.instant())
                    .executeUpdate();
            if (inserted == 1) {
                Account trainee = em.find(Account.class, ((Number) due[0]).longValue());
                Program program = em.find(Program.class, ((Number) due[1]).longValue());
                reminded.add(new Reminded(trainee, program, dueBy));
                tell(trainee, program, dueBy, window);
            }
        }
        if (!reminded.isEmpty()) {
            List<String> trainees = reminded.stream()
                    .limit(100)
                    .map(r -> r.trainee().username())
                    .toList();
            audit.record(
                    ACTOR,
                    AuditAction.DEADLINE_REMINDERS,
                    Map.of("windowDays", window, "trainees", trainees),
                    reminded.size());
        }
        return reminded;
    }

    private void tell(Account trainee, Program program, LocalDate dueBy, int window) {
        ProgressView way = progress.of(trainee.username()).stream()
                .filter(view -> view.program().equals(program.slug()))
                .findFirst()
                .orElseThrow();
        if (window == PASSED) {
            mails.passed(trainee, way, dueBy);
        } else {
            mails.coming(trainee, way, dueBy);
        }
    }

    /**
     * Trainee, program and deadline of each trainee who must still first earn a program and whose deadline is within
     * the window (has passed, for {@link #PASSED}), with no reminder for that window or a narrower one.
     */
    private List<Object[]> due(int window, LocalDate today) {
        String within = window == PASSED
                ? " and a.hire_date + p.due_days < :today"
                : " and a.hire_date + p.due_days >= :today and a.hire_date + p.due_days <= :horizon";
        Query query = em.createNativeQuery(CANDIDATES + within + " order by due_by, a.id, p.id")
                .setParameter("today", today)
                .setParameter("window", window);
        if (window != PASSED) {
            query.setParameter("horizon", today.plusDays(window));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
