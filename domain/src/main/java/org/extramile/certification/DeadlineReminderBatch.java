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
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.people.Account;

/**
 * One transaction's worth of deadline reminders: a batch of the trainees due one in a window, each reminder written
 * with its mail and the batch's audit row, so a run that stops halfway keeps what it did and the next run goes on.
 */
@ApplicationScoped
public class DeadlineReminderBatch {

    /** Who the audit log says wrote the reminders. */
    static final String ACTOR = "scheduler";

    /**
     * A trainee's deadline for a program: the one HR extended it to, else the one counted from the hire date, or from
     * the day the deadline was introduced if they were hired before it ({@link Program#dueBy(LocalDate)}).
     */
    static final String DUE_BY = "coalesce(e.due_by,"
            + " case when a.hire_date < p.due_since then p.due_since else a.hire_date end + p.due_days)";

    /** Trainees who must still first earn a program with a deadline, and have no reminder for the window or a narrower. */
    private static final String DUE = " from account a cross join program p"
            + " left join deadline_extension e on e.account_id = a.id and e.program_id = p.id"
            + " where p.due_days is not null and a.active and a.hire_date is not null"
            + " and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'TRAINEE')"
            + " and not exists (select 1 from certificate c where c.account_id = a.id and c.program_id = p.id)"
            + " and not exists (select 1 from deadline_reminder d where d.account_id = a.id"
            + " and d.program_id = p.id and d.due_by = " + DUE_BY + " and d.window_days <= :window)";

    /**
     * Walks the accounts in id order (their primary key), so that each batch starts where the last ended instead of
     * sifting again through everyone the run has reminded.
     */
    private static final String AFTER = " and a.id >= :account and (a.id > :account or p.id > :program)";

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

    /** Where a batch ended: the last account and program it looked at; the next starts after them. */
    record After(long account, long program) {

        static final After START = new After(0, 0);
    }

    /** A trainee due a reminder: account and program ids, and the deadline. */
    private record Due(long account, long program, LocalDate dueBy) {

        static Due of(Object[] row) {
            LocalDate dueBy = row[2] instanceof Date day ? day.toLocalDate() : (LocalDate) row[2];
            return new Due(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), dueBy);
        }
    }

    /** A reminder written in this batch, to be mailed. */
    private record Reminder(Account trainee, Program program, LocalDate dueBy) {}

    /**
     * What a batch did: how many it looked at ({@code size}: there may be more after {@code last}), and whom it
     * reminded.
     */
    record Written(int candidates, After last, List<DeadlineReminders.Reminded> reminded) {}

    /** Writes and mails the reminders of at most {@code size} trainees due one in the window, after {@code after}. */
    @Transactional
    Written write(int window, LocalDate today, After after, int size) {
        List<Due> due = due(window, today, after, size);
        After last = due.isEmpty()
                ? after
                : new After(
                        due.get(due.size() - 1).account(),
                        due.get(due.size() - 1).program());
        List<Reminder> inserted = new ArrayList<>();
        for (Due one : due) {
            if (em.createNativeQuery("insert into deadline_reminder"
                                    + " (id, account_id, program_id, due_by, window_days, reminded_at)"
                                    + " values (nextval('deadline_reminder_seq'), ?1, ?2, ?3, ?4, ?5)"
                                    + " on conflict do nothing")
                            .setParameter(1, one.account())
                            .setParameter(2, one.program())
                            .setParameter(3, one.dueBy())
                            .setParameter(4, window)
                            .setParameter(5, clock.instant())
                            .executeUpdate()
                    == 1) {
                inserted.add(new Reminder(
                        em.find(Account.class, one.account()), em.find(Program.class, one.program()), one.dueBy()));
            }
        }
        if (inserted.isEmpty()) {
            return new Written(due.size(), last, List.of());
        }
        // How far each is, in the few queries progress takes for any number of trainees.
        Map<String, List<ProgressView>> ways = progress.of(inserted.stream()
                .map(reminder -> reminder.trainee().username())
                .distinct()
                .toList());
        List<DeadlineReminders.Reminded> reminded = new ArrayList<>();
        for (Reminder reminder : inserted) {
            Account trainee = reminder.trainee();
            Program program = reminder.program();
            LocalDate dueBy = reminder.dueBy();
            ProgressView way = ways.get(trainee.username()).stream()
                    .filter(view -> view.program().equals(program.slug()))
                    .findFirst()
                    .orElseThrow();
            if (window == DeadlineReminders.PASSED) {
                mails.passed(trainee, way, dueBy);
            } else {
                mails.coming(trainee, way, dueBy);
            }
            reminded.add(new DeadlineReminders.Reminded(
                    trainee.displayName(),
                    trainee.employeeNumber().orElse(trainee.username()),
                    program.title(),
                    dueBy));
        }
        audit.record(
                ACTOR,
                AuditAction.DEADLINE_REMINDERS,
                Map.of(
                        "windowDays",
                        window,
                        "trainees",
                        inserted.stream()
                                .map(reminder -> reminder.trainee().username())
                                .toList()),
                reminded.size());
        return new Written(due.size(), last, reminded);
    }

    /** Tells HR who has just become late: a transaction of its own, after the reminders it names. */
    @Transactional
    void tellHr(List<DeadlineReminders.Reminded> named, int late) {
        mails.late(named, late);
    }

    /** How many are due a reminder in the window now: what a run has before it, for its progress. */
    @Transactional
    int count(int window, LocalDate today) {
        return ((Number) due(window, today, "select count(*)", "").getSingleResult()).intValue();
    }

    /**
     * Trainee, program and deadline of the first {@code size} trainees after {@code after} who must still first earn a
     * program and whose deadline is within the window (has passed, for {@link DeadlineReminders#PASSED}), with no
     * reminder for that window or a narrower one.
     */
    private List<Due> due(int window, LocalDate today, After after, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = due(window, today, "select a.id, p.id, " + DUE_BY + " as due_by", AFTER)
                .setParameter("account", after.account())
                .setParameter("program", after.program())
                .setMaxResults(size)
                .getResultList();
        return rows.stream().map(Due::of).toList();
    }

    /** Those due in the window: {@code select} what of them, {@code after} which (empty: all), in id order. */
    private Query due(int window, LocalDate today, String select, String after) {
        boolean passed = window == DeadlineReminders.PASSED;
        String within = passed
                ? " and " + DUE_BY + " < :today"
                : " and " + DUE_BY + " >= :today and " + DUE_BY + " <= :horizon";
        String order = after.isEmpty() ? "" : " order by a.id, p.id";
        Query query = em.createNativeQuery(select + DUE + within + after + order)
                .setParameter("today", today)
                .setParameter("window", window);
        if (!passed) {
            query.setParameter("horizon", today.plusDays(window));
        }
        return query;
    }
}
