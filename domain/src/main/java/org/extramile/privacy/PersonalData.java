package org.extramile.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.extramile.attempt.Caller;
import org.extramile.attempt.RolePlay;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.certification.Certificates;
import org.extramile.certification.DeadlineExtensions;
import org.extramile.people.Actor;
import org.extramile.people.MailPreferences;
import org.extramile.people.People;
import org.extramile.people.PersonView;
import org.extramile.people.Role;
import org.extramile.shared.ForbiddenException;

/**
 * A person's data in one document: theirs for the asking, and HR's to hand them when they ask HR (a subject access
 * request), which is audited, as it discloses everything at once.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    @Inject
    People people;

    @Inject
    MailPreferences mail;

    @Inject
    RolePlay rolePlay;

    @Inject
    Certificates certificates;

    @Inject
    DeadlineExtensions deadlines;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public PersonalDataExport mine(String username) {
        return export(people.find(username).orElseThrow());
    }

    public PersonalDataExport of(String employeeNumber, Actor actor) {
        PersonView person = people.get(employeeNumber);
        if (!actor.mayChange(person.roles())) {
            throw new ForbiddenException("Only an administrator may read an HR or administrator account's data.");
        }
        PersonalDataExport export = export(person);
        audit.record(
                actor.username(),
                AuditAction.PEOPLE_DATA_EXPORT,
                Map.of("employeeNumber", employeeNumber, "username", person.username()),
                1);
        return export;
    }

    private PersonalDataExport export(PersonView person) {
        String username = person.username();
        return new PersonalDataExport(
                clock.instant(),
                person,
                mail.of(username),
                rolePlay.mine(username).attempts().stream()
                        .map(attempt -> rolePlay.get(attempt.id(), new Caller(username, false)))
                        .toList(),
                certificates.heldBy(username),
                person.roles().contains(Role.TRAINEE) ? deadlines.of(username) : List.of());
    }
}
