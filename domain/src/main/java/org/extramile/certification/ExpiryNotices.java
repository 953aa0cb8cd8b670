package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.people.Account;

/**
 * Tells holders and HR which certificates expire soon. Once a day (see {@link ExpiryNoticeJob}) every certificate
 * that still stands and expires within a window gets one notice for that window; the holder sees it on their
 * certificates (and by mail, where mail is set up), HR on the dashboard. Each notice is written by an insert that
 * does nothing when the certificate has that window's notice already, so a second run, even one on another node at
 * the same moment, writes none twice (nor mails it twice).
 */
@ApplicationScoped
@Transactional
public class ExpiryNotices {

    @Inject
    EntityManager em;

    @Inject
    ExpiryNoticeBatch batches;

    @Inject
    Clock clock;

    /**
     * Writes the notices due for each window (in days) and audits them; how many were written. A batch of
     * {@link ExpiryNoticeBatch#SIZE} at a time, each a transaction with its mails and audit row: a cohort certified the
     * same week a year ago neither holds one long transaction nor grows quadratic, and a run that stops halfway keeps
     * what it wrote (the next one finds only the rest, which still has no notice).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int write(List<Integer> windows) {
        Instant now = clock.instant();
        int written = 0;
        for (int days : windows) {
            ExpiryNoticeBatch.Written batch;
            do {
                batch = batches.write(days, now);
                written += batch.written();
            } while (batch.looked() == ExpiryNoticeBatch.SIZE);
        }
        return written;
    }

    /** The holder's certificates that have a notice, by serial: the notice of the narrowest window. */
    public Map<String, ExpiryNoticeView> forHolder(String username) {
        Map<String, ExpiryNoticeView> bySerial = new LinkedHashMap<>();
        em.createQuery(
                        "select n, c from ExpiryNotice n, Certificate c, Account a where c.id = n.certificateId"
                                + " and a.id = c.accountId and a.username = :u order by n.windowDays",
                        Object[].class)
                .setParameter("u", username)
                .getResultStream()
                .forEach(row -> bySerial.putIfAbsent(
                        ((Certificate) row[1]).serial(),
                        ExpiryNoticeView.of((ExpiryNotice) row[0], (Certificate) row[1], null)));
        return bySerial;
    }

    /**
     * The certificates of a program that still stand and have a notice, soonest expiry first, each once (the notice
     * of its narrowest window), at most {@code limit}.
     */
    public List<ExpiryNoticeView> standing(String programSlug, int limit) {
        Instant now = clock.instant();
        Map<String, ExpiryNoticeView> bySerial = new LinkedHashMap<>();
        em.createQuery(
                        "select n, c, a from ExpiryNotice n, Certificate c, Account a, Program p"
                                + " where c.id = n.certificateId and a.id = c.accountId and p.id = c.programId"
                                + " and p.slug = :program and c.status = :issued and c.expiresAt > :now"
                                + " order by c.expiresAt, c.serial, n.windowDays",
                        Object[].class)
                .setParameter("program", programSlug)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("now", now)
                .getResultStream()
                .forEach(row -> bySerial.putIfAbsent(
                        ((Certificate) row[1]).serial(),
                        ExpiryNoticeView.of(
                                (ExpiryNotice) row[0],
                                (Certificate) row[1],
                                ((Account) row[2]).employeeNumber().orElse(null))));
        return bySerial.values().stream().limit(limit).toList();
    }
}
