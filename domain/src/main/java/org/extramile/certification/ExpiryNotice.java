package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A notice that a certificate expires within a window (30 days, say): written once per certificate and window by
 * {@link ExpiryNotices}, with a plain insert that the table's unique key turns into nothing when it exists already.
 */
@Entity
@Immutable
@Table(name = "expiry_notice")
public class ExpiryNotice {

    @Id
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private Long certificateId;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "noticed_at", nullable = false)
    private Instant noticedAt;

    protected ExpiryNotice() {}

    Long certificateId() {
        return certificateId;
    }

    int windowDays() {
        return windowDays;
    }

    Instant noticedAt() {
        return noticedAt;
    }
}
