package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.people.Account;
import org.extramile.people.AccountRepository;
import org.extramile.people.Role;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Violation;

/**
 * HR moving one trainee's deadline for a program later (sick leave, a late start): the new day holds for the late
 * list, the trainee's pages and the reminders (which start over for it), with why, by whom and when, audited. An
 * extension carries a version, so that two officers editing it at once conflict (409) instead of overwriting.
 */
@ApplicationScoped
@Transactional
public class DeadlineExtensions {

    /** How far past the regular deadline an extension may go: far enough for any leave, not to the year 9999. */
    static final int MAX_DAYS_LATER = 3650;

    @Inject
    EntityManager em;

    @Inject
    Programs programs;

    @Inject
    ProgramProgress progress;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    DeadlineMails mails;

    @Inject
    Clock clock;

    /** The trainee's deadlines that still apply (programs with one that they have never earned), soonest first. */
    public List<DeadlineView> of(String username) {
        Trainee trainee = trainee(username);
        Map<String, ExtensionView> extensions = new LinkedHashMap<>();
        em.createQuery(
                        "select p.slug, e from DeadlineExtension e, Program p where p.id = e.programId"
                                + " and e.accountId = :account",
                        Object[].class)
                .setParameter("account", trainee.id())
                .getResultStream()
                .forEach(row -> extensions.put((String) row[0], ((DeadlineExtension) row[1]).view()));
        return progress.of(username).stream()
                .filter(way -> way.dueBy() != null)
                .map(way -> new DeadlineView(
                        way.program(),
                        way.title(),
                        programs.program(way.program()).dueBy(trainee.hired()).orElseThrow(),
                        way.dueBy(),
                        way.overdue(),
                        extensions.get(way.program())))
                .sorted((a, b) -> a.dueBy().compareTo(b.dueBy()))
                .toList();
    }

    /** Grants or changes the extension; the trainee's deadline for the program as it now stands. */
    public DeadlineView extend(
            String username,
            String programSlug,
            @NotNull(message = "The extension is required: {\"dueBy\", \"reason\"}.") @Valid ExtensionRequest request,
            String by) {
        Trainee trainee = trainee(username);
        Program program = programs.program(programSlug);
        LocalDate regular = regularDeadline(trainee, program);
        if (!request.dueBy().isAfter(regular)) {
            throw new InvalidException(List.of(new Violation(
                    "/dueBy",
                    "An extension moves the deadline later than the one counted from the hire date (" + regular
                            + "): choose a day after it.")));
        }
        if (request.dueBy().isAfter(regular.plusDays(MAX_DAYS_LATER))) {
            throw new InvalidException(List.of(new Violation(
                    "/dueBy", "An extension is at most " + MAX_DAYS_LATER + " days after " + regular + ".")));
        }
        DeadlineExtension extension = current(trainee, program)
                .map(found -> {
                    checkVersion(found, request.version(), trainee.username(), program);
                    return found;
                })
                .orElseGet(() -> {
                    if (request.version() != null) {
                        throw gone(trainee.username(), program);
                    }
                    return new DeadlineExtension(trainee.id(), program.id());
                });
        extension.grant(request.dueBy(), request.reason().strip(), by, clock.instant());
        em.persist(extension);
        em.flush();
        audit.record(
                by,
                AuditAction.DEADLINE_EXTENDED,
                Map.of(
                        "username", trainee.username(),
                        "program", program.slug(),
                        "regularDueBy", regular.toString(),
                        "dueBy", request.dueBy().toString(),
                        "reason", request.reason().strip()),
                1);
        return told(trainee.username(), program.slug());
    }

    /** Takes the extension back: the deadline counted from the hire date holds again. */
    public DeadlineView withdraw(String username, String programSlug, Long version, String by) {
        Trainee trainee = trainee(username);
        Program program = programs.program(programSlug);
        LocalDate regular = regularDeadline(trainee, program);
        DeadlineExtension extension = current(trainee, program).orElseThrow(() -> gone(trainee.username(), program));
        if (version == null) {
            throw new InvalidException(
                    List.of(new Violation("/version", "'version' is required: the version of the extension you saw.")));
        }
        checkVersion(extension, version, trainee.username(), program);
        em.remove(extension);
        em.flush();
        audit.record(
                by,
                AuditAction.DEADLINE_EXTENSION_WITHDRAWN,
                Map.of("username", trainee.username(), "program", program.slug(), "dueBy", regular.toString()),
                1);
        return told(trainee.username(), program.slug());
    }

    /** The deadline as it now stands, mailed to the trainee: it is theirs, whatever their choice of reminders. */
    private DeadlineView told(String username, String program) {
        progress.of(username).stream()
                .filter(way -> way.program().equals(program))
                .findFirst()
                .ifPresent(way -> mails.moved(accounts.findByUsername(username).orElseThrow(), way));
        return deadline(username, program);
    }

    private DeadlineView deadline(String username, String program) {
        return of(username).stream()
                .filter(view -> view.program().equals(program))
                .findFirst()
                .orElseThrow();
    }

    /** The deadline counted from the hire date; a conflict when the program asks none of this person. */
    private LocalDate regularDeadline(Trainee trainee, Program program) {
        if (trainee.hired() == null) {
            throw new ConflictException(
                    trainee.username()
                            + " has no hire date, so no deadline: set their hire date first (PUT /api/people/{employeeNumber}).");
        }
        LocalDate regular = program.dueBy(trainee.hired())
                .orElseThrow(() -> new ConflictException(
                        "The program '" + program.slug() + "' has no deadline: there is nothing to extend."));
        boolean held = !em.createQuery(
                        "select c.id from Certificate c where c.accountId = :account and c.programId = :program",
                        Long.class)
                .setParameter("account", trainee.id())
                .setParameter("program", program.id())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (held) {
            throw new ConflictException(trainee.username() + " has earned '" + program.slug()
                    + "' already: the deadline no longer applies to them.");
        }
        return regular;
    }

    private void checkVersion(DeadlineExtension extension, Long seen, String username, Program program) {
        if (!Objects.equals(seen, extension.version())) {
            throw new ConflictException("The extension of " + username + "'s deadline for '" + program.slug()
                    + "' was changed since you saw it (version " + seen + ", now " + extension.version()
                    + "): load it again and decide again.");
        }
    }

    private static ConflictException gone(String username, Program program) {
        return new ConflictException(username + " has no extension for '" + program.slug()
                + "' (any there was has been withdrawn): load their deadlines again.");
    }

    private Optional<DeadlineExtension> current(Trainee trainee, Program program) {
        return em.createQuery(
                        "select e from DeadlineExtension e where e.accountId = :account and e.programId = :program",
                        DeadlineExtension.class)
                .setParameter("account", trainee.id())
                .setParameter("program", program.id())
                .getResultStream()
                .findFirst();
    }

    private Trainee trainee(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
        if (!account.roles().contains(Role.TRAINEE)) {
            throw new ConflictException(username + " is not a trainee: only trainees have deadlines.");
        }
        Long id = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
        return new Trainee(id, account.username(), account.person().hireDate());
    }

    private record Trainee(long id, String username, LocalDate hired) {}
}
