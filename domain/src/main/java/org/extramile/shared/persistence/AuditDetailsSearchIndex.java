package org.extramile.shared.persistence;

import java.util.List;

/**
 * Migration 31: a trigram index on the audit log's details, which the person filter searches for a name anywhere in
 * them (LIKE '%"name"%'): without it every entry of the period is read (2 million entries: 1.5 s a page; with it:
 * 35 ms, see docs/performance.md).
 */
class AuditDetailsSearchIndex extends TrigramIndexes {

    AuditDetailsSearchIndex() {
        super(
                31,
                "audit details search index",
                "The audit log's person filter will read every entry of the period it searches",
                List.of("create index if not exists audit_event_details_trgm on audit_event"
                        + " using gin (details gin_trgm_ops)"));
    }
}
