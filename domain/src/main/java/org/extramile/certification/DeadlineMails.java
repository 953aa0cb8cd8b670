package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.mail.Mail;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;
import org.extramile.people.AccountRepository;
import org.extramile.people.Role;
import org.extramile.settings.OrganisationSettings;

/**
 * What a trainee is told by mail of a program's deadline, with how far they are and the link to go on: that it
 * comes, or that it has passed (unless they turned these reminders off: the deadline shows on their pages anyway);
 * and what HR is told of those who have just become late.
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
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** How many of those just late the mail to HR names; the dashboard lists them all. */
    static final int NAMED = 50;

    void coming(Account trainee, ProgressView way, LocalDate dueBy) {
        send(trainee, way, dueBy, "deadline.coming", "deadline.left", ChronoUnit.DAYS.between(today(), dueBy));
    }

    void passed(Account trainee, ProgressView way, LocalDate dueBy) {
        send(trainee, way, dueBy, "deadline.passed", "deadline.ago", ChronoUnit.DAYS.between(dueBy, today()));
    }

    /** HR extended the deadline or withdrew the extension: the trainee hears of it whatever their reminders. */
    void moved(Account trainee, ProgressView way) {
        LocalDate dueBy = way.dueBy();
        boolean ahead = !dueBy.isBefore(today());
        queue(
                trainee,
                way,
                dueBy,
                "deadline.moved",
                ahead ? "deadline.left" : "deadline.ago",
                Math.abs(ChronoUnit.DAYS.between(today(), dueBy)),
                false);
    }

    /**
     * Tells each HR officer who wants it that {@code count} trainees have just become late, so the officer can see to
     * it the same day: the first {@link #NAMED} by name ({@code named}), how many more, and the dashboard that lists
     * all.
     */
    void late(List<DeadlineReminders.Reminded> named, int count) {
        for (Account officer : accounts.mailableWithRole(Role.HR)) {
            if (!officer.wantsLateDigest()) {
                continue;
            }
            MailTexts texts = settings.texts(officer.language());
            String lines = named.stream()
                    .map(r -> texts.text(
                            "late.digest.line", r.name(), r.reference(), r.programTitle(), texts.date(r.dueBy())))
                    .collect(Collectors.joining("\n"));
            outbox.queue(new Mail(
                            officer.email().orElseThrow(),
                            texts.text("late.digest.subject", count),
                            texts.text(
                                    "late.digest.body",
                                    officer.displayName(),
                                    count,
                                    lines,
                                    count > named.size() ? texts.text("late.digest.more", count - named.size()) : "",
                                    links.page("/hr/dashboard.xhtml"),
                                    links.page("/account.xhtml")))
                    .asBulk());
        }
    }

    /** {@code days}: left before the deadline, or gone since, as {@code distance} words them. */
    private void send(Account trainee, ProgressView way, LocalDate dueBy, String kind, String distance, long days) {
        if (trainee.wantsDeadlineReminders()) {
            queue(trainee, way, dueBy, kind, distance, days, true);
        }
    }

    /** {@code bulk}: a reminder, one of many, sent after the mail somebody waits for. */
    private void queue(
            Account trainee, ProgressView way, LocalDate dueBy, String kind, String distance, long days, boolean bulk) {
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
                                links.page("/account.xhtml")),
                        bulk)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
