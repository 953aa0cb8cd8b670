package org.extramile.certification;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;

/**
 * A key that signs credentials (ES256). Retired keys sign nothing more but stay published for verifiers. The private
 * key is stored sealed when a key-encryption key is configured ({@link KeySealing}).
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 16)
    private String algorithm;

    @Column(name = "private_jwk", nullable = false, length = 4000)
    private String privateJwk;

    @Column(name = "public_jwk", length = 1000)
    private String publicJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {}

    SigningKey(ECKey key, Instant now, KeySealing sealing) {
        this.kid = key.getKeyID();
        this.algorithm = "ES256";
        this.privateJwk = sealing.seal(key);
        this.publicJwk = key.toPublicJWK().toJSONString();
        this.createdAt = now;
    }

    ECKey key(KeySealing sealing) {
        return sealing.open(kid, privateJwk);
    }

    /**
     * The public key, as verifiers get it: read without opening the private one, except for a key that a node of
     * the version before V12 created while the nodes were being upgraded.
     */
    ECKey publicKey(KeySealing sealing) {
        if (publicJwk == null) {
            return key(sealing).toPublicJWK();
        }
        try {
            return ECKey.parse(publicJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored public key " + kid + " does not parse", e);
        }
    }

    /** Keeps the public part of a key stored before it was kept apart (those were all stored plain). */
    void keepPublicPart(KeySealing sealing) {
        if (publicJwk == null) {
            publicJwk = key(sealing).toPublicJWK().toJSONString();
        }
    }

    boolean sealed() {
        return KeySealing.sealed(privateJwk);
    }

    /** Seals a key stored plain before a key-encryption key was configured; false if there was nothing to do. */
    boolean seal(KeySealing sealing) {
        if (!sealing.enabled() || sealed()) {
            return false;
        }
        privateJwk = sealing.seal(key(sealing));
        return true;
    }

    void retire(Instant now) {
        retiredAt = now;
    }

    boolean retired() {
        return retiredAt != null;
    }

    public SigningKeyView view() {
        return new SigningKeyView(kid, algorithm, createdAt, retiredAt, sealed());
    }
}
