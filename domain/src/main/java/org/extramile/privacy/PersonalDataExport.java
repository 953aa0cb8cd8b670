package org.extramile.privacy;

import java.time.Instant;
import java.util.List;
import org.extramile.attempt.AttemptView;
import org.extramile.certification.CertificateView;
import org.extramile.certification.DeadlineView;
import org.extramile.people.MailChoicesView;
import org.extramile.people.PersonView;

/**
 * Everything ExtraMile keeps about one person: their record, where their mail goes, every attempt with the words of
 * each answer and its score card, their certificates, and their deadlines.
 */
public record PersonalDataExport(
        Instant exportedAt,
        PersonView person,
        MailChoicesView mail,
        List<AttemptView> attempts,
        List<CertificateView> certificates,
        List<DeadlineView> deadlines) {}
