package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.extramile.people.PersonErased;

/** A certificate: a frozen snapshot with a serial, its dates, its standing, and the hash of the PDF handed out. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String serial;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Convert(converter = SnapshotConverter.class)
    @Column(nullable = false, length = 100_000)
    private CertificateSnapshot snapshot;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "status_index", nullable = false, unique = true)
    private int statusIndex;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "superseded_by", length = 32)
    private String supersededBy;

    @Column(name = "reissue_of", length = 32)
    private String reissueOf;

    @Version
    private long version;

    protected Certificate() {}

    Certificate(
            String serial,
            Long programId,
            Long accountId,
            CertificateSnapshot snapshot,
            Instant issuedAt,
            Instant expiresAt,
            int statusIndex,
            String reissueOf) {
        this.serial = serial;
        this.programId = programId;
        this.accountId = accountId;
        this.snapshot = snapshot;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.statusIndex = statusIndex;
        this.reissueOf = reissueOf;
        this.status = CertificateStatus.ISSUED;
    }

    void attach(String pdfSha256) {
        this.pdfSha256 = pdfSha256;
    }

    void revoke(String by, String reason, Instant now) {
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokedBy = by;
        revocationReason = reason;
    }

    /**
     * Its holder's personal data was erased: the certificate no longer stands (the PDF and credential they were handed
     * still name them, and would verify as valid), and what is kept of it names them no more.
     */
    void erase(String by, Instant now) {
        if (status == CertificateStatus.ISSUED) {
            revoke(by, PersonErased.ERASED, now);
        } else if (revocationReason != null) {
            revocationReason = PersonErased.ERASED;
        }
        snapshot = snapshot.erased();
    }

    void supersede(String by, String serial, Instant now) {
        status = CertificateStatus.SUPERSEDED;
        supersededBy = serial;
        revokedAt = now;
        revokedBy = by;
    }

    /** Valid, expired, revoked or superseded, as of now. */
    public String standing(Instant now) {
        return switch (status) {
            case REVOKED -> "revoked";
            case SUPERSEDED -> "superseded";
            case ISSUED -> now.isBefore(expiresAt) ? "valid" : "expired";
        };
    }

    /** Whether it still speaks for its holder: neither revoked nor superseded, and not expired. */
    boolean inForce(Instant now) {
        return status == CertificateStatus.ISSUED && now.isBefore(expiresAt);
    }

    /**
     * The instant after which passes count towards the next certificate: its issue, or the latest pass it was made
     * of when that is later, as it is when the pass that earned it finished within the second it is dated.
     */
    Instant countsPassesAfter() {
        return snapshot.results().stream()
                .map(CertificateSnapshot.ScenarioResult::passedAt)
                .filter(issuedAt::isBefore)
                .max(Instant::compareTo)
                .orElse(issuedAt);
    }

    /** Whether its status list bit is set: it no longer stands, for a reason other than its expiry date. */
    boolean withdrawn() {
        return status != CertificateStatus.ISSUED;
    }

    Long id() {
        return id;
    }

    public String serial() {
        return serial;
    }

    Long programId() {
        return programId;
    }

    Long accountId() {
        return accountId;
    }

    public CertificateSnapshot snapshot() {
        return snapshot;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    int statusIndex() {
        return statusIndex;
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public String reissueOf() {
        return reissueOf;
    }
}
