package org.extramile.scenario.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A library pack this installation seeded, and the digest of the pack it last took or declined: a pack that ships
 * with another digest is an update on offer.
 */
@Entity
@Table(name = "library_seed")
public class LibrarySeed {

    @Id
    @Column(length = 80)
    private String slug;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    @Column(name = "pack_digest", length = 64)
    private String packDigest;

    protected LibrarySeed() {}

    LibrarySeed(String slug, Instant seededAt, String packDigest) {
        this.slug = slug;
        this.seededAt = seededAt;
        this.packDigest = packDigest;
    }

    Instant seededAt() {
        return seededAt;
    }

    /** Whether the pack that ships now is the one last taken or declined. */
    boolean settled(String digest) {
        return digest.equals(packDigest);
    }

    void settle(String digest) {
        this.packDigest = digest;
    }
}
