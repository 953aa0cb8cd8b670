package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
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

    /** Who the audit log says wrote the notices. */
    static final String ACTOR = "scheduler";
    /** The audit event names the first serials of a run; the count is always whole. */
    private static final int SERIALS_AUDITED = 100;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CertificateMails mails;

    @Inject
    Clock clock;

    /** Writes the notices due for each window (in days) and audits them; how many were written. */
    public int write(List<Integer> windows) {
        Instant now = clock.instant();
        int written = 0;
        for (int days : windows) {
            List<String> serials = new ArrayList<>();
            for (Object[] due : due(days, now)) {
                int inserted = em.createNativeQuery("insert into expiry_notice"
                                + " (id, certificate_id, window_days, expires_at, noticed_at)"
                                + " values (nextval('expiry_notice_seq'), ?1, ?2, ?3, ?4) on conflict do nothing")
                        .setParameter(1, due[0])
                        .setParameter(2, days)
                        .setParameter(3, due[2])
                        .setParameter(4, now)
                        .executeUpdate();
                if (inserted == 1) {
                    serials.add((String) due[1]);
                    tellHolder((Long) due[0]);
                }
            }
            if (!serials.isEmpty()) {
                audit.record(
                        ACTOR,
                        AuditAction.EXPIRY_NOTICES,
                        Map.of(
                                "windowDays",
                                days,
                                "serials",
                                serials.subList(0, Math.min(serials.size(), SERIALS_AUDITED))),
                        serials.size());
            }
            written += serials.size();
        }
        return written;
    }

    /** A mail to the holder, for each window: "30 days" and then "7 days" are two reminders. */
    private void tellHolder(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        mails.expiring(em.find(Account.class, certificate.accountId()), certificate);
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

    /** Id, serial and expiry of each certificate that stands, expires within the window and has no notice for it. */
    private List<Object[]> due(int days, Instant now) {
        return em.createQuery(
                        "select c.id, c.serial, c.expiresAt from Certificate c where c.status = :issued"
                                + " and c.expiresAt > :now and c.expiresAt <= :horizon and not exists (select n.id"
                                + " from ExpiryNotice n where n.certificateId = c.id and n.windowDays = :days)"
                                + " order by c.expiresAt, c.id",
                        Object[].class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(Duration.ofDays(days)))
                .setParameter("days", days)
                .getResultList();
    }
}
