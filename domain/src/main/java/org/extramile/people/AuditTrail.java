package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.extramile.audit.AuditEventView;
import org.extramile.audit.AuditLog;
import org.extramile.audit.AuditQuery;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

/**
 * The audit log as HR reads it: the query's person may be named by username or employee number, and is looked for by
 * their username, which every event about a person names (an enrolment, a change, a deadline, a reminder).
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @Inject
    AuditLog audit;

    @Inject
    AccountRepository accounts;

    public Page<AuditEventView> search(AuditQuery query, PageRequest page) {
        return audit.search(resolved(query), page);
    }

    /** The query with its person named by username, found by username or employee number (else as given). */
    public AuditQuery resolved(AuditQuery query) {
        if (query.person() == null) {
            return query;
        }
        return query.about(accounts.findByUsername(query.person())
                .or(() -> accounts.findByEmployeeNumber(query.person()))
                .map(Account::username)
                .orElse(query.person()));
    }
}
