package org.extramile.certification;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the private signing keys before they are stored: with a key-encryption key configured
 * ({@value #PROPERTY}, 32 random bytes in Base64), each is stored as a JWE (direct AES-256-GCM), so that a copy of
 * the database (a backup, a dump handed to support) cannot forge certificates. Without one, keys are stored as plain
 * JWKs, as before this existed; a sealed key is told from a plain one by its form, so both read.
 */
public final class KeySealing {

    public static final String PROPERTY = "extramile.certificates.key-encryption-key";

    private static final JWEHeader HEADER = new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM);

    private final Optional<SecretKey> key;

    private KeySealing(Optional<SecretKey> key) {
        this.key = key;
    }

    /** Plain keys: no key-encryption key is configured. */
    public static KeySealing none() {
        return new KeySealing(Optional.empty());
    }

    /**
     * Sealing with the configured key-encryption key, or none when it is blank.
     *
     * @throws IllegalArgumentException when it is not 32 bytes in Base64, saying how to make one
     */
    public static KeySealing of(Optional<String> configured) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return none();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.get());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(PROPERTY + " must be 32 random bytes in Base64 (44 characters, e.g. the"
                    + " output of 'openssl rand -base64 32'), not a value of "
                    + value.get().length() + " characters");
        }
        return new KeySealing(Optional.of(new SecretKeySpec(bytes, "AES")));
    }

    public boolean enabled() {
        return key.isPresent();
    }

    /** The key as it is stored: sealed when a key-encryption key is configured, a plain JWK otherwise. */
    String seal(ECKey signingKey) {
        if (key.isEmpty()) {
            return signingKey.toJSONString();
        }
        try {
            JWEObject jwe = new JWEObject(HEADER, new Payload(signingKey.toJSONString()));
            jwe.encrypt(new DirectEncrypter(key.get()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot seal the signing key " + signingKey.getKeyID(), e);
        }
    }

    /** Whether a stored key is sealed (a JWE) rather than a plain JWK. */
    static boolean sealed(String stored) {
        return !stored.stripLeading().startsWith("{");
    }

    /**
     * The signing key a stored value holds.
     *
     * @throws IllegalStateException when it is sealed and no key-encryption key, or another one, is configured
     */
    ECKey open(String kid, String stored) {
        try {
            if (!sealed(stored)) {
                return ECKey.parse(stored);
            }
            if (key.isEmpty()) {
                throw new IllegalStateException("The signing key " + kid + " is stored sealed, and " + PROPERTY
                        + " is not set: set it to the key-encryption key it was sealed with");
            }
            JWEObject jwe = JWEObject.parse(stored);
            jwe.decrypt(new DirectDecrypter(key.get()));
            return ECKey.parse(jwe.getPayload().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException(
                    "The signing key " + kid + " does not open with the configured " + PROPERTY
                            + ": it was sealed with another key-encryption key",
                    e);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key " + kid + " does not parse", e);
        }
    }
}
