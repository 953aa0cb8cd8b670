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
import org.extramile.people.roster.RosterEntry;
import org.extramile.people.roster.RosterFile;
import org.extramile.people.roster.RosterReader;
import org.extramile.people.roster.RosterRules;

/**
 * HR imports a roster: every row is checked, and only a roster without a rejected row is written,
 * in one transaction, creating people by employee number or updating the ones that exist. A dry
 * run checks and counts without writing. Every import is audited, dry run or not, written or not.
 *
 * <p>New people get no password (hashing thousands of PBKDF2 passwords would take minutes, and
 * passwords nobody hands over are a risk): HR issues each a one-time password when they start.
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

    public ImportReport importRoster(byte[] body, boolean dryRun, Actor actor) {
        RosterFile file = RosterReader.read(body);
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
        Set<String> newUsernames = new HashSet<>();
        for (RosterEntry entry : checked.entries()) {
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

        boolean write = rejected.isEmpty() && !dryRun;
        if (write) {
            Instant now = clock.instant();
            for (RosterEntry entry : creations) {
                Set<Role> roles = entry.roles() == null ? EnumSet.of(Role.TRAINEE) : entry.roles();
                boolean active = entry.active() == null || entry.active();
                accounts.add(Account.person(
                        PersonRules.usernameFor(entry.employeeNumber()),
                        profile(entry, branchesByCode),
                        roles,
                        active,
                        now));
            }
            updates.forEach(
                    (entry, account) -> account.revise(profile(entry, branchesByCode), entry.roles(), entry.active()));
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

    private static PersonProfile profile(RosterEntry entry, Map<String, Branch> branchesByCode) {
        return new PersonProfile(
                entry.employeeNumber(),
                entry.name(),
                entry.email(),
                branchesByCode.get(entry.branch()),
                entry.hireDate());
    }

    private static RejectedRow reject(RosterEntry entry, String reason) {
        return new RejectedRow(entry.line(), entry.employeeNumber(), List.of(reason));
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
