package org.extramile.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ApplicationStarted;

/**
 * The keys that sign credentials: one is created at the first start and kept in the database; rotating retires it
 * and creates the next. Every key, retired or not, is published in the JWKS so earlier credentials still verify.
 */
@ApplicationScoped
@Transactional
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = KeySealing.PROPERTY)
    Optional<String> keyEncryptionKey;

    private KeySealing sealing;

    /** Creates the first key, and seals the keys stored plain once a key-encryption key is configured. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) ApplicationStarted started) {
        if (keys().isEmpty()) {
            em.persist(new SigningKey(generate(), clock.instant(), sealing()));
        }
        List<SigningKey> keys = keys();
        keys.forEach(k -> k.keepPublicPart(sealing()));
        if (sealing().enabled()) {
            long sealed = keys.stream().filter(k -> k.seal(sealing())).count();
            if (sealed > 0) {
                LOG.info(() -> "Sealed " + sealed + " signing key(s) stored plain with " + KeySealing.PROPERTY);
            }
        } else if (current().sealed()) {
            LOG.warning(() -> "The signing key is stored sealed and " + KeySealing.PROPERTY
                    + " is not set: no certificate can be signed until it is (docs/security.md)");
        } else {
            LOG.info(() -> "The signing keys are stored plain in the database: set " + KeySealing.PROPERTY
                    + " to seal them (docs/security.md)");
        }
    }

    private KeySealing sealing() {
        if (sealing == null) {
            sealing = KeySealing.of(keyEncryptionKey);
        }
        return sealing;
    }

    /** Signs these claims with the current key, as a compact JWT of the given type. */
    public String sign(Map<String, Object> claims, String type) {
        ECKey key = current().key(sealing());
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .type(new JOSEObjectType(type))
                            .build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** The public keys, current and retired, as a JWK Set document. */
    public Map<String, Object> publicJwks() {
        List<com.nimbusds.jose.jwk.JWK> keys = keys().stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.publicKey(sealing()))
                .toList();
        return new JWKSet(keys).toJSONObject(true);
    }

    public List<SigningKeyView> all() {
        return keys().stream().map(SigningKey::view).toList();
    }

    /** Retires the current key and starts signing with a new one; {@code by} is audited. */
    public SigningKeyView rotate(String by) {
        SigningKey current = current();
        em.lock(current, LockModeType.PESSIMISTIC_WRITE);
        current.retire(clock.instant());
        SigningKey next = new SigningKey(generate(), clock.instant(), sealing());
        em.persist(next);
        audit.record(
                by,
                AuditAction.SIGNING_KEY_ROTATE,
                Map.of("retired", current.view().kid(), "current", next.view().kid()),
                1);
        return next.view();
    }

    private SigningKey current() {
        return em.createQuery(
                        "select k from SigningKey k where k.retiredAt is null order by k.createdAt desc",
                        SigningKey.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No signing key: the first start creates one."));
    }

    private List<SigningKey> keys() {
        return em.createQuery("select k from SigningKey k order by k.createdAt", SigningKey.class)
                .getResultList();
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
