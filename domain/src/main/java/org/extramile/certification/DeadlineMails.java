package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.extramile.mail.Mail;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;
import org.extramile.settings.OrganisationSettings;

/**
 * What a trainee is told by mail of a program's deadline, with how far they are and the link to go on: that it
 * comes, or that it has passed. Unless they turned these reminders off: the deadline shows on their pages anyway.
 */
@ApplicationScoped
public class DeadlineMails {

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    OrganisationSettings organisation;

    @Inject
    Links links;

    @Inject
    Clock clock;

    void coming(Account trainee, ProgressView way, LocalDate dueBy) {
        send(trainee, way, dueBy, "deadline.coming", "deadline.left", ChronoUnit.DAYS.between(today(), dueBy));
    }

    void passed(Account trainee, ProgressView way, LocalDate dueBy) {
        send(trainee, way, dueBy, "deadline.passed", "deadline.ago", ChronoUnit.DAYS.between(dueBy, today()));
    }

    /** {@code days}: left before the deadline, or gone since, as {@code distance} words them. */
    private void send(Account trainee, ProgressView way, LocalDate dueBy, String kind, String distance, long days) {
        if (!trainee.wantsDeadlineReminders()) {
            return;
        }
        MailTexts texts = settings.texts(trainee.language());
        String due = texts.date(dueBy);
        trainee.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        texts.text(kind + ".subject", way.title(), due),
                        texts.text(
                                kind + ".body",
                                trainee.displayName(),
                                organisation.name(),
                                way.title(),
                                due,
                                texts.text(distance, days),
                                way.passed(),
                                way.scenarios().size(),
                                links.page("/scenarios.xhtml"),
                                links.page("/account.xhtml")))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
