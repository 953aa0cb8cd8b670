package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ConflictException;
import org.extramile.shared.ForbiddenException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.persistence.PatternPlans;

/**
 * Erases a trainee who left, on their request or when the organisation's retention period ends: their name, username,
 * email address, employee number and the words of their answers go, wherever the platform kept them, in one
 * transaction; what they achieved stays in the figures under a pseudonym, and their certificates are revoked (they
 * would name them to whoever verified them). Staff accounts are not erased: the records keep who published, reviewed
 * or revoked what.
 */
@ApplicationScoped
public class PersonErasure {

    @Inject
    AccountRepository accounts;

    @Inject
    Event<PersonErased> erasing;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Erasure erase(String employeeNumber, Actor actor) {
        Account account = accounts.findByEmployeeNumber(employeeNumber)
                .orElseThrow(() -> new NotFoundException("No one has the employee number '" + employeeNumber + "'."));
        // Read again under a lock: a reactivation or a correction of the record in between waits, or is seen.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!account.roles().equals(Set.of(Role.TRAINEE))) {
            throw new ForbiddenException("Only a trainee's personal data can be erased: " + account.displayName()
                    + " holds staff roles, and the records keep who published, reviewed or revoked what.");
        }
        if (account.isActive()) {
            throw new ConflictException(account.displayName() + " is still active: deactivate their account first"
                    + " (erasure is for people who left, and cannot be undone).");
        }
        // The records naming them are searched for by their identifiers, anywhere in a text.
        PatternPlans.forThisTransaction(em);
        PersonErased erased = new PersonErased(
                account,
                "erased-" + account.id(),
                actor.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        erased.erased(
                "passwordLinks",
                em.createQuery("delete from PasswordLink l where l.accountId = :account")
                        .setParameter("account", account.id())
                        .executeUpdate());
        account.employeeNumber().ifPresent(number -> em.createNativeQuery(
                        "delete from invitation_run_without_email where employee_number = ?1")
                .setParameter(1, number)
                .executeUpdate());
        erasing.fire(erased);
        account.erase(erased.pseudonym(), erased.at());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", erased.pseudonym());
        details.putAll(erased.erased());
        audit.record(actor.username(), AuditAction.PEOPLE_ERASE, details, 1);
        return new Erasure(erased.pseudonym(), erased.erased(), erased.at());
    }

    /** What an erasure did: the pseudonym the account goes by, and how many records of each kind were erased. */
    public record Erasure(String username, Map<String, Long> erased, Instant at) {}
}
