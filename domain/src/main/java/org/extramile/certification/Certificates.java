package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.people.Account;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Violation;

/** Certificates once issued: verified by anyone, downloaded, revoked and reissued by HR. */
@ApplicationScoped
@Transactional
public class Certificates {

    static final int MAX_REASON = 1000;

    @Inject
    EntityManager em;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateMails mails;

    @Inject
    SigningKeys keys;

    @Inject
    Links links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What anyone may see of a certificate; a serial that is malformed or unknown is simply not found. */
    public CertificateView verify(String serial) {
        return CertificateView.of(certificate(serial), clock.instant(), links);
    }

    public List<CertificateView> heldBy(String username) {
        Instant now = clock.instant();
        return em.createQuery(
                        "select c from Certificate c where c.accountId = (select a.id from Account a where a.username = :u)"
                                + " order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("u", username)
                .getResultStream()
                .map(c -> CertificateView.of(c, now, links))
                .toList();
    }

    /** Whose certificate this is: the username of its holder. */
    public String holder(String serial) {
        return em.find(Account.class, certificate(serial).accountId()).username();
    }

    public byte[] pdf(String serial) {
        Certificate certificate = certificate(serial);
        CertificatePdf pdf = em.find(CertificatePdf.class, certificate.id());
        if (pdf == null) {
            throw new NotFoundException("The certificate " + certificate.serial()
                    + " has no PDF any more: it was erased with its holder's personal data.");
        }
        return pdf.content();
    }

    /** The certificate as a signed Open Badges 3.0 credential: a compact JWT. */
    public String credential(String serial) {
        Certificate certificate = certificate(serial);
        Account holder = em.find(Account.class, certificate.accountId());
        return keys.sign(
                OpenBadge.claims(certificate, "urn:extramile:person:" + holder.username(), links), OpenBadge.TYPE);
    }

    /** The revocation status list credential, signed; a bit is set for each revoked or superseded certificate. */
    public String statusList() {
        return keys.sign(statusListCredential(), OpenBadge.TYPE);
    }

    public Map<String, Object> statusListCredential() {
        BitSet withdrawn = new BitSet();
        em.createQuery("select c.statusIndex from Certificate c where c.status <> :issued", Integer.class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .getResultStream()
                .forEach(withdrawn::set);
        Integer highest = em.createQuery("select max(c.statusIndex) from Certificate c", Integer.class)
                .getSingleResult();
        return StatusList.credential(
                withdrawn, highest == null ? 0 : highest + 1, links.statusList(), links.base(), clock.instant());
    }

    public CertificateView revoke(String serial, String reason, String by) {
        String why = reason(reason);
        Certificate certificate = forUpdate(serial);
        if (certificate.withdrawn()) {
            throw new ConflictException("The certificate " + certificate.serial() + " is already "
                    + certificate.standing(clock.instant()) + ".");
        }
        certificate.revoke(by, why, clock.instant());
        mails.revoked(em.find(Account.class, certificate.accountId()), certificate, why);
        audit.record(by, AuditAction.CERTIFICATE_REVOKE, Map.of("serial", certificate.serial(), "reason", why), 1);
        return CertificateView.of(certificate, clock.instant(), links);
    }

    /**
     * Replaces a certificate with a new serial, e.g. after the holder's name was corrected: the same results and
     * expiry, the holder's current name, a new PDF; the old one is marked superseded, and the holder is mailed the
     * new one.
     */
    public CertificateView reissue(String serial, String reason, String by) {
        String why = reason(reason);
        Certificate old = forUpdate(serial);
        if (old.withdrawn()) {
            throw new ConflictException("The certificate " + old.serial() + " is " + old.standing(clock.instant())
                    + ": only a certificate that stands can be reissued.");
        }
        Account holder = em.find(Account.class, old.accountId());
        CertificateSnapshot s = old.snapshot();
        CertificateSnapshot renamed = new CertificateSnapshot(
                holder.displayName(),
                holder.employeeNumber().orElse(s.employeeNumber()),
                s.programSlug(),
                s.programTitle(),
                s.programDescription(),
                s.criteria(),
                s.issuer(),
                s.results(),
                s.overallScore());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Certificate next = issuing.issue(old.programId(), old.accountId(), renamed, now, old.expiresAt(), old.serial());
        old.supersede(by, next.serial(), now);
        mails.reissued(holder, next, old.serial());
        audit.record(
                by,
                AuditAction.CERTIFICATE_REISSUE,
                Map.of("serial", old.serial(), "newSerial", next.serial(), "reason", why),
                1);
        return CertificateView.of(next, clock.instant(), links);
    }

    static Optional<Certificate> latest(EntityManager em, long accountId, Long programId) {
        return em.createQuery(
                        "select c from Certificate c where c.accountId = :a and c.programId = :p"
                                + " order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("a", accountId)
                .setParameter("p", programId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Certificate certificate(String serial) {
        return find(serial, LockModeType.NONE);
    }

    private Certificate forUpdate(String serial) {
        return find(serial, LockModeType.PESSIMISTIC_WRITE);
    }

    private Certificate find(String serial, LockModeType lock) {
        String canonical = Serial.parse(serial).orElseThrow(() -> unknown(serial));
        return em.createQuery("select c from Certificate c where c.serial = :s", Certificate.class)
                .setParameter("s", canonical)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> unknown(serial));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidException(List.of(new Violation("/reason", "Give a reason: it is kept with the record.")));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidException(List.of(new Violation("/reason", "A reason is at most 1000 characters.")));
        }
        return reason.strip();
    }

    /** Not found, and why when the text is no serial at all: the reader can put a typo right. */
    private static NotFoundException unknown(String serial) {
        String example = " A serial looks like XM-7K3Q-9FJD-2M8P-D.";
        return new NotFoundException(Serial.flaw(serial)
                .map(flaw -> switch (flaw) {
                    case LENGTH ->
                        "'" + serial + "' is no certificate serial: it has " + Serial.characters(serial)
                                + " letters and digits after XM, where a serial has 13." + example;
                    case CHARACTER ->
                        "'" + serial + "' is no certificate serial: it holds a character no serial has"
                                + " (serials are digits and letters, with no U)." + example;
                    case CHECK ->
                        "'" + serial + "' has a typo: one character is wrong or two side by side are swapped"
                                + " (its last character, a check, does not match the rest). Check it against the"
                                + " certificate.";
                })
                .orElse("No certificate has the serial '" + serial + "', though it is written as one. Check it"
                        + " against the certificate, or ask its holder for its verification link."));
    }
}
