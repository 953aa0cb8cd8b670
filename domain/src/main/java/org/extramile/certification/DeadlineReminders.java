package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.extramile.jobs.JobProgress;

/**
 * Reminds trainees by mail of a program they must first earn within some days of hire: once as the deadline enters
 * each window (7 days, then 1 day before, say) and once after it has passed. Someone who enters a narrow window
 * first (hired late, or the deadline set late) gets only its reminder, not every wider one at once. HR hears of
 * those who have just become late. Each reminder is written by an insert that does nothing when it exists, so a
 * second run, even on another node at the same moment, mails none twice; the work goes in batches of
 * {@link #BATCH}, each a transaction, so that a deadline set on a program with thousands already late neither holds
 * one long transaction nor loses everything to a failure at the end.
 */
@ApplicationScoped
public class DeadlineReminders {

    /** The window a reminder that the deadline has passed is recorded under: narrower than any before it. */
    static final int PASSED = 0;

    static final int BATCH = 200;

    @Inject
    DeadlineReminderBatch batches;

    @Inject
    Clock clock;

    /** A trainee just reminded of a program's deadline, as HR's mail names them. */
    record Reminded(String name, String reference, String programTitle, LocalDate dueBy) {}

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
        // Progress in trainees looked at, of those due as each window starts: a backlog shows how far it is.
        int looked = 0;
        for (int window : narrowestFirst) {
            int total = looked + batches.count(window, today);
            List<Reminded> named = new ArrayList<>();
            int count = 0;
            DeadlineReminderBatch.Written batch;
            DeadlineReminderBatch.After after = DeadlineReminderBatch.After.START;
            do {
                batch = batches.write(window, today, after, BATCH);
                after = batch.last();
                looked += batch.candidates();
                reached.reached(looked, Math.max(looked, total));
                count += batch.reminded().size();
                batch.reminded().stream()
                        .limit(DeadlineMails.NAMED - named.size())
                        .forEach(named::add);
            } while (batch.candidates() == BATCH);
            if (window == PASSED && count > 0) {
                batches.tellHr(named, count);
            }
            written += count;
        }
        return written;
    }
}
