package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.extramile.people.PersonErased;

/** A later deadline HR granted one trainee for one program, with why, by whom and when. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_extension_seq")
    @SequenceGenerator(name = "deadline_extension_seq", sequenceName = "deadline_extension_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Version
    private long version;

    protected DeadlineExtension() {}

    DeadlineExtension(long accountId, long programId) {
        this.accountId = accountId;
        this.programId = programId;
    }

    void grant(LocalDate dueBy, String reason, String by, Instant at) {
        this.dueBy = dueBy;
        this.reason = reason;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    /** HR's reason could tell why the person needed more time (an illness, a leave). */
    void erase() {
        reason = PersonErased.ERASED;
    }

    Long accountId() {
        return accountId;
    }

    Long programId() {
        return programId;
    }

    LocalDate dueBy() {
        return dueBy;
    }

    long version() {
        return version;
    }

    ExtensionView view() {
        return new ExtensionView(dueBy, reason, grantedBy, grantedAt, version);
    }
}
