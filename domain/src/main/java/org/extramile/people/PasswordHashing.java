package org.extramile.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with PBKDF2 in the format Jakarta Security's database identity store verifies.
 * The iterations are stored in each hash, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
