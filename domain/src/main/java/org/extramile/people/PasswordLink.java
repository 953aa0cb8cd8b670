package org.extramile.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link to choose one's password, known here only by its token's SHA-256: it works once, until it expires. */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** Why the link was mailed, which the mail and the page it opens say. */
    public enum Purpose {
        /** HR invites a person to choose their first password. */
        INVITATION,
        /** The person forgot theirs and asked for a link. */
        RESET
    }

    protected PasswordLink() {}

    PasswordLink(Long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean works(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used, or replaced by a newer link: either way it opens nothing again. */
    void close(Instant now) {
        usedAt = now;
    }
}
