package org.extramile.certification;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;

/** A key that signs credentials (ES256). Retired keys sign nothing more but stay published for verifiers. */
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {}

    SigningKey(ECKey key, Instant now) {
        this.kid = key.getKeyID();
        this.algorithm = "ES256";
        this.privateJwk = key.toJSONString();
        this.createdAt = now;
    }

    ECKey key() {
        try {
            return ECKey.parse(privateJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key " + kid + " does not parse", e);
        }
    }

    void retire(Instant now) {
        retiredAt = now;
    }

    boolean retired() {
        return retiredAt != null;
    }

    public SigningKeyView view() {
        return new SigningKeyView(kid, algorithm, createdAt, retiredAt);
    }
}
