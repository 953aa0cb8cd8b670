package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;
import org.extramile.jobs.JobSchedule;
import org.extramile.jobs.ScheduledJob;
import org.extramile.mail.MailDeliveries.Result;

/**
 * Every minute, the mail due in the outbox goes to the SMTP server on one connection, once per cluster like every
 * job. Each mail's attempt is recorded as it ends; a server that cannot be reached costs each mail due one attempt.
 * The record of mail sent or given up is kept for {@link Outbox#HISTORY}.
 */
@ApplicationScoped
public class MailJob implements ScheduledJob {

    public static final String NAME = "mail";

    /** At most this many a run: a backlog drains over a few minutes without one run holding the lock for long. */
    private static final int BATCH = 200;

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    MailDeliveries deliveries;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return new JobSchedule.Every(Duration.ofMinutes(1));
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        int forgotten = outbox.forgetOld();
        String history = forgotten == 0
                ? ""
                : "; " + forgotten + " sent or given up over " + Outbox.HISTORY.toDays() + " days ago forgotten";
        if (!settings.enabled()) {
            return new JobOutcome(0, "0 sent: mail is off (extramile.mail.host is not set)" + history);
        }
        List<Long> due = outbox.due(BATCH);
        Map<Result, Integer> results = new EnumMap<>(Result.class);
        int attempted = 0;
        if (!due.isEmpty()) {
            Session session = settings.session();
            try (Transport transport = session.getTransport()) {
                settings.connect(transport);
                for (long id : due) {
                    results.merge(deliveries.send(id, session, transport), 1, Integer::sum);
                    progress.reached(++attempted, due.size());
                }
            } catch (MessagingException unreachable) {
                String error = "Cannot reach the SMTP server " + settings.server() + ": "
                        + MailDeliveries.describe(unreachable);
                for (long id : due.subList(attempted, due.size())) {
                    results.merge(deliveries.unreachable(id, error), 1, Integer::sum);
                }
            }
        }
        int sent = results.getOrDefault(Result.SENT, 0);
        return new JobOutcome(
                sent,
                sent + " sent, " + results.getOrDefault(Result.RETRY, 0) + " to try again, "
                        + results.getOrDefault(Result.GIVEN_UP, 0) + " given up" + history);
    }
}
