package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.extramile.jobs.DailyJob;
import org.extramile.jobs.JobOutcome;
import org.extramile.jobs.JobProgress;

/**
 * Once a day (03:30), erases the trainees who left longer ago than the organisation's retention period
 * ({@code extramile.people.retention-days}), as HR would one by one. None is set by default: then only HR erases.
 * Each erasure is a transaction of its own, so that one that cannot be done (the person came back meanwhile) leaves
 * the others done.
 */
@ApplicationScoped
public class RetentionJob extends DailyJob {

    public static final String NAME = "retention";

    public static final String DAYS = "extramile.people.retention-days";

    /** Who the audit log says erased them. */
    static final Actor ACTOR = new Actor("retention-period", EnumSet.of(Role.HR));

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    Config config;

    @Inject
    AccountRepository accounts;

    @Inject
    PersonErasure erasure;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected String defaultAt() {
        return "03:30";
    }

    /** The retention period in days, if the organisation set one. */
    public Optional<Integer> days() {
        return config.getOptionalValue(DAYS, Integer.class).filter(days -> days > 0);
    }

    /** When the retention period erases this person, if one is set and they are a trainee who left. */
    public Optional<Instant> erasureDue(PersonView person) {
        if (person.erased() || person.leftAt() == null || !person.roles().equals(Set.of(Role.TRAINEE))) {
            return Optional.empty();
        }
        return days().map(days -> person.leftAt().plus(Duration.ofDays(days)));
    }

    @Override
    public JobOutcome run(JobProgress progress) {
        Optional<Integer> days = days();
        if (days.isEmpty()) {
            return new JobOutcome(0, "no retention period set (" + DAYS + "): nobody erased");
        }
        Instant before = clock.instant().minus(Duration.ofDays(days.get()));
        List<String> due = accounts.traineesLeftBefore(before);
        int erased = 0;
        for (int i = 0; i < due.size(); i++) {
            String employeeNumber = due.get(i);
            try {
                erasure.erase(employeeNumber, ACTOR);
                erased++;
            } catch (RuntimeException refused) {
                LOG.warning(() -> "Retention: " + employeeNumber + " was not erased: " + refused.getMessage());
            }
            progress.reached(i + 1, due.size());
        }
        return new JobOutcome(
                erased, erased + " of " + due.size() + " person(s) who left over " + days.get() + " days ago erased");
    }
}
