package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySealingTest {

    private static final KeySealing SEALING =
            KeySealing.of(Optional.of("8xy60HRuzMp2eDgF4vJjQxSHcH/2aONGawtEw61laQw="));
    private static final KeySealing OTHER = KeySealing.of(Optional.of("Qk9ZkFO9c1mZ8p9n2lE0xXbA3bT6r5bq6v1m7mC0tHk="));

    private final ECKey key = generate();

    @Test
    void shouldStoreASealedKeyThatHoldsNothingReadableAndOpensAgain() {
        String stored = SEALING.seal(key);

        assertThat(KeySealing.sealed(stored)).isTrue();
        assertThat(stored).doesNotContain(key.getD().toString(), key.getKeyID());
        assertThat(SEALING.open(key.getKeyID(), stored)).isEqualTo(key);
    }

    @Test
    void shouldStoreAPlainKeyWithoutAKeyEncryptionKeyAndStillReadIt() {
        String stored = KeySealing.none().seal(key);

        assertThat(KeySealing.sealed(stored)).isFalse();
        assertThat(KeySealing.none().open(key.getKeyID(), stored)).isEqualTo(key);
        assertThat(SEALING.open(key.getKeyID(), stored))
                .as("a key stored before sealing")
                .isEqualTo(key);
    }

    @Test
    void shouldSayWhichSettingASealedKeyNeeds() {
        String stored = SEALING.seal(key);

        assertThatThrownBy(() -> KeySealing.none().open("k1", stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k1 is stored sealed, and " + KeySealing.PROPERTY + " is not set");
        assertThatThrownBy(() -> OTHER.open("k1", stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sealed with another key-encryption key");
    }

    @Test
    void shouldRefuseAKeyEncryptionKeyThatIsNot32BytesAndSayHowToMakeOne() {
        assertThatThrownBy(() -> KeySealing.of(Optional.of("secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 random bytes in Base64")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining("secret");
        assertThat(KeySealing.of(Optional.of("  ")).enabled()).isFalse();
        assertThat(KeySealing.of(Optional.empty()).enabled()).isFalse();
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
