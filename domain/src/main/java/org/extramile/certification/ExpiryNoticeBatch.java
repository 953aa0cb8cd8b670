package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.people.Account;

/**
 * One transaction's worth of expiry notices for a window: the next certificates due one, each notice written with its
 * mail and the batch's audit row. Those written leave the selection (they now have the window's notice), so the next
 * batch starts with the rest.
 */
@ApplicationScoped
public class ExpiryNoticeBatch {

    static final int SIZE = 200;

    /** Who the audit log says wrote the notices. */
    static final String ACTOR = "scheduler";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CertificateMails mails;

    /** How many certificates the batch looked at (fewer than {@link #SIZE}: it was the last) and wrote a notice for. */
    record Written(int looked, int written) {}

    @Transactional
    Written write(int days, Instant now) {
        List<Object[]> due = due(days, now);
        List<String> serials = new ArrayList<>();
        for (Object[] certificate : due) {
            int inserted = em.createNativeQuery("insert into expiry_notice"
                            + " (id, certificate_id, window_days, expires_at, noticed_at)"
                            + " values (nextval('expiry_notice_seq'), ?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, certificate[0])
                    .setParameter(2, days)
                    .setParameter(3, certificate[2])
                    .setParameter(4, now)
                    .executeUpdate();
            if (inserted == 1) {
                serials.add((String) certificate[1]);
                tellHolder((Long) certificate[0]);
            }
        }
        if (!serials.isEmpty()) {
            audit.record(
                    ACTOR, AuditAction.EXPIRY_NOTICES, Map.of("windowDays", days, "serials", serials), serials.size());
        }
        return new Written(due.size(), serials.size());
    }

    /** A mail to the holder, for each window: "30 days" and then "7 days" are two reminders. */
    private void tellHolder(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        mails.expiring(em.find(Account.class, certificate.accountId()), certificate);
    }

    /** The first certificates that stand, expire within the window and have no notice for it: id, serial, expiry. */
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
                .setMaxResults(SIZE)
                .getResultList();
    }
}
