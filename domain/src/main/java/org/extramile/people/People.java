package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.mail.MailSettings;
import org.extramile.mail.Outbox;
import org.extramile.settings.OrganisationSettings;
import org.extramile.shared.ConflictException;
import org.extramile.shared.ForbiddenException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.PublicAddress;
import org.extramile.shared.Violation;

/**
 * HR's use cases on people one at a time: enrol, find, correct their record, issue a one-time password; and a password
 * change.
 */
@ApplicationScoped
@Transactional
public class People {

    private static final String ENROL_BODY =
            "The body must be a person: {\"employeeNumber\", \"name\", \"email\", \"branch\", \"hireDate\"}.";

    @Inject
    AccountRepository accounts;

    @Inject
    Branches branches;

    @Inject
    PasswordHashing hashing;

    @Inject
    OneTimePasswords oneTimePasswords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    MailSettings mail;

    @Inject
    Outbox outbox;

    @Inject
    OrganisationSettings organisation;

    @Inject
    PublicAddress publicAddress;

    @Inject
    InvitationBatch invitationBatches;

    /** Creates the person's account with a one-time password, returned this once. */
    public Enrolment enrol(@NotNull(message = ENROL_BODY) @Valid NewPerson person, Actor actor) {
        Account account = newAccount(person, actor);
        String password = oneTimePasswords.next();
        account.issueOneTimePassword(hashing.hash(password.toCharArray()), oneTimePasswords.expiry());
        add(account, actor, Map.of());
        return new Enrolment(account.person(), password, null);
    }

    /**
     * Enrols one person and mails them a link to choose their password, instead of a one-time password for HR to
     * hand over: nobody but them sees a password.
     */
    public Enrolment enrolByMail(@NotNull(message = ENROL_BODY) @Valid NewPerson person, Actor actor) {
        requireMail();
        Account account = newAccount(person, actor);
        add(account, actor, Map.of("delivery", "mail"));
        String address = account.email().orElseThrow();
        Instant expires = oneTimePasswords.expiry();
        mailLink(account, address, expires);
        return new Enrolment(
                account.person(),
                null,
                new MailedInvitation(person.employeeNumber(), account.username(), address, expires));
    }

    private Account newAccount(NewPerson person, Actor actor) {
        Branch branch = branches.find(person.branch())
                .orElseThrow(() -> new InvalidException(List.of(new Violation(
                        "/branch",
                        "There is no branch '" + person.branch() + "': see GET /api/branches, or add it first."))));
        Set<Role> roles = person.roles() == null ? EnumSet.of(Role.TRAINEE) : person.roles();
        if (roles.isEmpty()) {
            throw new InvalidException(
                    List.of(new Violation("/roles", "A person needs at least one role, e.g. [\"TRAINEE\"].")));
        }
        if (!actor.mayGrant(roles)) {
            throw new ForbiddenException("Only an administrator may give the HR or ADMIN role.");
        }
        if (accounts.findByEmployeeNumber(person.employeeNumber()).isPresent()) {
            throw new ConflictException(
                    "Employee number '" + person.employeeNumber() + "' is enrolled already: search for it instead.");
        }
        String username =
                person.username() == null ? PersonRules.usernameFor(person.employeeNumber()) : person.username();
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("The username '" + username + "' is taken: give another one in 'username'.");
        }
        PersonProfile profile = new PersonProfile(
                person.employeeNumber(),
                person.name().strip(),
                person.email(),
                branch,
                person.hireDate(),
                person.language());
        return Account.person(username, profile, roles, true, clock.instant());
    }

    private void add(Account account, Actor actor, Map<String, Object> details) {
        accounts.add(account);
        accounts.flush();
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("employeeNumber", account.employeeNumber().orElseThrow());
        recorded.put("username", account.username());
        recorded.put("roles", account.roles().toString());
        recorded.putAll(details);
        audit.record(actor.username(), AuditAction.PEOPLE_ENROL, recorded, 1);
    }

    public Page<PersonView> search(String text, String branch, Boolean active, Boolean erased, PageRequest page) {
        Page<Account> found = accounts.search(text, branch, active, erased, page);
        return new Page<>(
                found.items().stream().map(Account::person).toList(), found.page(), found.size(), found.total());
    }

    public PersonView get(String employeeNumber) {
        return person(employeeNumber).person();
    }

    /** The person with this username, if any (their page's address names them so). */
    public Optional<PersonView> find(String username) {
        return accounts.findByUsername(username).map(Account::person);
    }

    /**
     * Corrects the person's record (a new surname, email, branch or hire date; they left or came back), from the
     * version HR saw; each changed field is audited with its value before and after. A change that changes nothing
     * writes nothing. A new hire date moves their deadlines, and the reminders start over for the new ones.
     */
    public PersonView revise(
            String employeeNumber,
            @NotNull(
                            message =
                                    "The body must be the person as changed: {\"name\", \"email\", \"branch\", \"hireDate\","
                                            + " \"version\"}, and optionally \"language\" and \"active\".")
                    @Valid
                    PersonChange change,
            Actor actor) {
        Account account = person(employeeNumber);
        if (!actor.mayChange(account)) {
            throw new ForbiddenException("Only an administrator may change an HR or administrator account.");
        }
        if (change.version() != account.version()) {
            throw new ConflictException("Someone changed " + account.displayName() + "'s record since you opened it"
                    + " (you edited version " + change.version() + ", it is now at " + account.version()
                    + "): load it again and make your change again.");
        }
        Branch branch = branches.find(change.branch())
                .orElseThrow(() -> new InvalidException(List.of(new Violation(
                        "/branch",
                        "There is no branch '" + change.branch() + "': see GET /api/branches, or add it first."))));
        PersonProfile profile = new PersonProfile(
                employeeNumber, change.name().strip(), change.email(), branch, change.hireDate(), change.language());
        if (!account.differsFrom(profile, null, change.active())) {
            return account.person();
        }
        if (Boolean.FALSE.equals(change.active()) && account.isActive()) {
            // The other administrators are counted (under a lock) only when the leaver is one: the rule reads them
            // then.
            LockoutRules.checkDeactivation(
                    actor.username(),
                    account,
                    account.roles().contains(Role.ADMIN)
                            ? accounts.lockAndCountActiveWithRoleExcept(Role.ADMIN, account.username())
                            : 0);
        }
        PersonView before = account.person();
        account.revise(profile, null, change.active(), clock.instant());
        accounts.flush();
        PersonView after = account.person();
        audit.record(actor.username(), AuditAction.PEOPLE_CHANGE, changes(before, after), 1);
        return after;
    }

    /** The fields that changed, each as "before → after", with whose record it is. */
    private static Map<String, Object> changes(PersonView before, PersonView after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("employeeNumber", after.employeeNumber());
        changed.put("username", after.username());
        Map<String, Function<PersonView, Object>> fields = new LinkedHashMap<>();
        fields.put("name", PersonView::name);
        fields.put("email", PersonView::email);
        fields.put("branch", PersonView::branch);
        fields.put("hireDate", PersonView::hireDate);
        fields.put("language", PersonView::language);
        fields.put("active", PersonView::active);
        fields.forEach((field, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(after))) {
                changed.put(field, value.apply(before) + " → " + value.apply(after));
            }
        });
        return changed;
    }

    /**
     * A new one-time password for the person, shown this once: how someone imported from a roster
     * gets in for the first time, and how a forgotten password is replaced.
     */
    public Invitation invite(String employeeNumber, Actor actor) {
        Account account = person(employeeNumber);
        if (!actor.mayChange(account)) {
            throw new ForbiddenException(
                    "Only an administrator may issue a password to an HR or administrator account.");
        }
        requireActive(account);
        String password = oneTimePasswords.next();
        Instant expires = oneTimePasswords.expiry();
        account.issueOneTimePassword(hashing.hash(password.toCharArray()), expires);
        audit.record(
                actor.username(),
                AuditAction.PEOPLE_INVITATION,
                Map.of("employeeNumber", employeeNumber, "username", account.username()),
                1);
        return new Invitation(employeeNumber, account.username(), password, expires);
    }

    /**
     * Mails the person a link to choose their password, working as long as a one-time password would: nobody but
     * them sees a password. A password they have works until they use the link.
     */
    public MailedInvitation mailInvitation(String employeeNumber, Actor actor) {
        requireMail();
        Account account = person(employeeNumber);
        if (!actor.mayChange(account)) {
            throw new ForbiddenException(
                    "Only an administrator may issue a password to an HR or administrator account.");
        }
        requireActive(account);
        String address = account.email()
                .orElseThrow(() -> new InvalidException(List.of(new Violation(
                        "/email",
                        account.displayName() + " has no email address: add one (roster or API), or issue a"
                                + " one-time password to hand over."))));
        Instant expires = oneTimePasswords.expiry();
        mailLink(account, address, expires);
        audit.record(
                actor.username(),
                AuditAction.PEOPLE_INVITATION,
                Map.of("employeeNumber", employeeNumber, "username", account.username(), "delivery", "mail"),
                1);
        return new MailedInvitation(employeeNumber, account.username(), address, expires);
    }

    /**
     * Mails a link to choose a password to everyone on the roster who cannot log in yet (active, no password) and has
     * an email address, unless a link of theirs still works: what follows a roster import. Staff accounts only an
     * administrator may change are left out for HR. The roster is walked in batches of {@link InvitationBatch#SIZE},
     * each a transaction of its own, so that the time grows with the roster (some 2.5 ms a person), not with its
     * square, and a failure keeps the links already mailed (a second run skips them: their links still work).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkInvitation mailInvitations(Actor actor) {
        return mailInvitations(actor, RosterProgress.NONE);
    }

    /** As {@link #mailInvitations(Actor)}, telling progress how many people were looked at of how many (MAILING). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkInvitation mailInvitations(Actor actor, RosterProgress progress) {
        requireMail();
        Instant expires = oneTimePasswords.expiry();
        // Counted once: people who join the roster meanwhile are mailed too, and the bar stops at its end.
        int total = (int) accounts.countWithoutPassword();
        int looked = 0;
        int mailed = 0;
        int stillWorking = 0;
        List<String> withoutEmail = new ArrayList<>();
        InvitationBatch.Done batch = new InvitationBatch.Done(0L, 0, 0, 0, List.of());
        progress.reached(RosterProgress.Stage.MAILING, 0, total);
        do {
            batch = invitationBatches.mail(actor, batch.lastId(), expires);
            looked += batch.looked();
            mailed += batch.mailed();
            stillWorking += batch.stillWorking();
            withoutEmail.addAll(batch.withoutEmail());
            progress.reached(RosterProgress.Stage.MAILING, Math.min(looked, total), total);
        } while (batch.looked() == InvitationBatch.SIZE);
        withoutEmail.sort(null);
        audit.record(
                actor.username(),
                AuditAction.PEOPLE_INVITATION,
                Map.of("delivery", "mail", "everyoneWithoutPassword", true, "withoutEmail", withoutEmail.size()),
                mailed);
        return new BulkInvitation(mailed, stillWorking, withoutEmail);
    }

    /** How many people on the roster cannot log in yet (active, no password). */
    public long withoutPassword() {
        return accounts.countWithoutPassword();
    }

    /** A conflict if mail is not set up: whoever asked for a mailed link needs a one-time password instead. */
    void requireMail() {
        if (!mail.enabled()) {
            throw new ConflictException("Mail is not set up on this installation (extramile.mail.host): issue a"
                    + " one-time password to hand over instead.");
        }
    }

    /** Issues the person a link to choose their password and queues the mail that carries it. */
    void mailLink(Account account, String address, Instant expires) {
        String token = passwordLinks.issue(account, PasswordLink.Purpose.INVITATION, expires);
        outbox.queue(PasswordLinkMail.invitation(
                mail.texts(account.language()),
                address,
                account,
                organisation.name(),
                publicAddress.base(),
                token,
                expires));
    }

    /** The caller replaces their own password, proving they know the current one. */
    public void changePassword(
            String username,
            @NotNull(message = "The body must be {\"currentPassword\", \"newPassword\"}.") @Valid
                    PasswordChange change) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No account '" + username + "'."));
        boolean known = account.passwordHash()
                .map(hash -> hashing.verify(change.currentPassword().toCharArray(), hash))
                .orElse(false);
        if (!known) {
            throw new InvalidException(List.of(new Violation("/currentPassword", "The current password is wrong.")));
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new InvalidException(
                    List.of(new Violation("/newPassword", "The new password must differ from the current one.")));
        }
        PasswordStrength.refusal(
                        change.newPassword(),
                        username,
                        account.displayName(),
                        account.email().orElse(null))
                .ifPresent(why -> {
                    throw new InvalidException(List.of(new Violation("/newPassword", why)));
                });
        boolean oneTime = account.passwordState(clock.instant()) != PasswordState.OWN;
        account.changePassword(hashing.hash(change.newPassword().toCharArray()));
        audit.record(username, AuditAction.PASSWORD_CHANGE, Map.of("username", username, "oneTime", oneTime), 1);
    }

    /** A password for someone who left would open nothing: they cannot log in while inactive. */
    private static void requireActive(Account account) {
        if (!account.isActive()) {
            throw new InvalidException(List.of(new Violation(
                    "/active", account.displayName() + " is not active: reactivate them before inviting them.")));
        }
    }

    private Account person(String employeeNumber) {
        return accounts.findByEmployeeNumber(employeeNumber)
                .orElseThrow(() -> new NotFoundException("No one has the employee number '" + employeeNumber + "'."));
    }
}
