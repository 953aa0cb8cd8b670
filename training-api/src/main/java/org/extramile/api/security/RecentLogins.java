package org.extramile.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.people.Accounts;

/**
 * An API client that sends HTTP Basic sends its password with every request, and checking it (PBKDF2-SHA256,
 * 210,000 iterations) costs about a quarter of a second of CPU: a script making a few calls a second would keep a
 * core busy. A password checked valid is remembered for a short while, under a digest of username and password
 * (never the password), and only while the account's login stamp (password hash, active flag, roles) is the one
 * it was checked against: a changed password, a role change or a deactivation takes effect on the next request.
 * Failed checks are never remembered.
 */
@ApplicationScoped
public class RecentLogins {

    /** Beyond this many remembered logins the expired are dropped, and if none were, all: memory stays bounded. */
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "extramile.security.basic-cache-seconds", defaultValue = "60")
    int seconds;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** The result of checking the credential: remembered if still good, otherwise from {@code check}. */
    public CredentialValidationResult validate(
            UsernamePasswordCredential credential, Supplier<CredentialValidationResult> check) {
        if (seconds <= 0) {
            return check.get();
        }
        String key = key(credential);
        Optional<String> stamp = accounts.loginStamp(credential.getCaller());
        Remembered known = remembered.get(key);
        Instant now = clock.instant();
        if (known != null
                && known.until().isAfter(now)
                && stamp.isPresent()
                && known.stamp().equals(stamp.get())) {
            return known.result();
        }
        CredentialValidationResult result = check.get();
        if (result.getStatus() == CredentialValidationResult.Status.VALID && stamp.isPresent()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.values().removeIf(entry -> !entry.until().isAfter(now));
                if (remembered.size() >= MAX_ENTRIES) {
                    remembered.clear();
                }
            }
            remembered.put(key, new Remembered(stamp.get(), result, now.plus(Duration.ofSeconds(seconds))));
        } else {
            remembered.remove(key);
        }
        return result;
    }

    private static String key(UsernamePasswordCredential credential) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private record Remembered(String stamp, CredentialValidationResult result, Instant until) {}
}
