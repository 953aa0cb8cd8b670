package org.extramile.shared.persistence;

import java.util.List;

/**
 * Migration 35: trigram indexes on the mail kept (three months of it), which erasing a person searches for their
 * employee number, address and username anywhere in a subject or a body not yet emptied, and the mail page for part of
 * an address: without them every mail is read, once for each (see docs/performance.md, erasure).
 */
class MailSearchIndexes extends TrigramIndexes {

    MailSearchIndexes() {
        super(
                35,
                "mail search indexes",
                "Erasing a person will read every mail kept, once for each of their identifiers",
                List.of(
                        "create index if not exists outgoing_mail_recipient_trgm on outgoing_mail"
                                + " using gin (lower(recipient) gin_trgm_ops)",
                        "create index if not exists outgoing_mail_subject_trgm on outgoing_mail"
                                + " using gin (lower(subject) gin_trgm_ops)",
                        "create index if not exists outgoing_mail_body_trgm on outgoing_mail"
                                + " using gin (lower(body) gin_trgm_ops) where body is not null"));
    }
}
