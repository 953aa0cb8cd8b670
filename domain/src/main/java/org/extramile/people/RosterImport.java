package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.people.roster.CheckedRoster;
import org.extramile.people.roster.RejectedRow;
import org.extramile.people.roster.RosterColumn;
import org.extramile.people.roster.RosterEntry;
import org.extramile.people.roster.RosterFile;
import org.extramile.people.roster.RosterReader;
import org.extramile.people.roster.RosterRules;
import org.extramile.people.roster.RowProblem;

/**
 * HR imports a roster: every row is checked, and only a roster without a rejected row is written,
 * in one transaction, creating people by employee number or updating the ones that exist. A dry
 * run checks and counts without writing. Every import is audited, dry run or not, written or not.
 *
 * <p>New people get no password (hashing thousands of PBKDF2 passwords would take minutes, and
 * passwords nobody hands over are a risk): HR mails them all a link to choose one, or issues each a one-time
 * password when they start.
 */
@ApplicationScoped
@Transactional
public class RosterImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    AccountRepository accounts;

    @Inject
    Branches branches;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Writes are flushed in batches of this many rows, so that progress follows the database's work. */
    static final int FLUSH_EVERY = 500;

    public ImportReport importRoster(byte[] body, boolean dryRun, Actor actor) {
        return importRoster(body, dryRun, actor, RosterProgress.NONE);
    }

    /** The same, telling {@code progress} how many rows are checked, then written. */
    public ImportReport importRoster(byte[] body, boolean dryRun, Actor actor, RosterProgress progress) {
        RosterFile file = RosterReader.read(body);
        progress.reached(RosterProgress.Stage.CHECKING, 0, file.rows().size());
        Map<String, Branch> branchesByCode = branches.byCode();
        CheckedRoster checked = new RosterRules(branchesByCode.keySet(), actor::mayGrant).check(file);
        Map<String, Account> existing = accounts.byEmployeeNumbers(
                checked.entries().stream().map(RosterEntry::employeeNumber).toList());
        Set<String> takenUsernames = accounts.taken(checked.entries().stream()
                .filter(e -> !existing.containsKey(e.employeeNumber()))
                .map(e -> PersonRules.usernameFor(e.employeeNumber()))
                .toList());

        List<RejectedRow> rejected = new ArrayList<>(checked.rejected());
        Map<RosterEntry, Account> updates = new LinkedHashMap<>();
        List<RosterEntry> creations = new ArrayList<>();
        int unchanged = 0;
        int done = checked.rejected().size();
        Set<String> newUsernames = new HashSet<>();
        for (RosterEntry entry : checked.entries()) {
            progress.reached(RosterProgress.Stage.CHECKING, done++, checked.rows());
            Account account = existing.get(entry.employeeNumber());
            PersonProfile profile = profile(entry, branchesByCode);
            if (account == null) {
                String username = PersonRules.usernameFor(entry.employeeNumber());
                if (takenUsernames.contains(username) || !newUsernames.add(username)) {
                    rejected.add(reject(
                            entry,
                            "the username '" + username
                                    + "' (the employee number in lower case) is taken by another account"));
                } else {
                    creations.add(entry);
                }
            } else if (!actor.mayChange(account)) {
                rejected.add(reject(entry, "only an administrator may change an HR or administrator account"));
            } else if (account.differsFrom(profile, entry.roles(), entry.active())) {
                updates.put(entry, account);
            } else {
                unchanged++;
            }
        }
        rejected.sort(Comparator.comparingLong(RejectedRow::line));
        progress.reached(RosterProgress.Stage.CHECKING, checked.rows(), checked.rows());

        boolean write = rejected.isEmpty() && !dryRun;
        if (write) {
            Instant now = clock.instant();
            int toWrite = creations.size() + updates.size();
            int written = 0;
            for (RosterEntry entry : creations) {
                Set<Role> roles = entry.roles() == null ? EnumSet.of(Role.TRAINEE) : entry.roles();
                boolean active = entry.active() == null || entry.active();
                accounts.add(Account.person(
                        PersonRules.usernameFor(entry.employeeNumber()),
                        profile(entry, branchesByCode),
                        roles,
                        active,
                        now));
                written = wrote(written, toWrite, progress);
            }
            for (Map.Entry<RosterEntry, Account> update : updates.entrySet()) {
                RosterEntry entry = update.getKey();
                update.getValue().revise(profile(entry, branchesByCode), entry.roles(), entry.active(), now);
                written = wrote(written, toWrite, progress);
            }
            accounts.flush();
            progress.reached(RosterProgress.Stage.WRITING, toWrite, toWrite);
        }
        ImportReport report = new ImportReport(
                checked.rows(),
                creations.size(),
                updates.size(),
                unchanged,
                rejected,
                dryRun,
                write,
                creations.isEmpty() ? null : ImportReport.NEW_PEOPLE_LOG_IN);
        audit.record(actor.username(), AuditAction.PEOPLE_IMPORT, details(report, body.length), report.rows());
        return report;
    }

    /** Counts one more row written, flushing every batch; all of it still commits or rolls back as one. */
    private int wrote(int written, int toWrite, RosterProgress progress) {
        int now = written + 1;
        if (now % FLUSH_EVERY == 0) {
            accounts.flush();
            progress.reached(RosterProgress.Stage.WRITING, now, toWrite);
        }
        return now;
    }

    private static PersonProfile profile(RosterEntry entry, Map<String, Branch> branchesByCode) {
        return new PersonProfile(
                entry.employeeNumber(),
                entry.name(),
                entry.email(),
                branchesByCode.get(entry.branch()),
                entry.hireDate(),
                entry.language());
    }

    private static RejectedRow reject(RosterEntry entry, String reason) {
        return new RejectedRow(
                entry.line(),
                entry.employeeNumber(),
                List.of(new RowProblem(RosterColumn.EMPLOYEE_NUMBER.header(), reason)));
    }

    private static Map<String, Object> details(ImportReport report, int bytes) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dryRun", report.dryRun());
        details.put("outcome", report.written() ? "written" : report.accepted() ? "checked" : "rejected");
        details.put("bytes", bytes);
        details.put("created", report.created());
        details.put("updated", report.updated());
        details.put("unchanged", report.unchanged());
        details.put("rejected", report.rejected().size());
        return details;
    }
}
