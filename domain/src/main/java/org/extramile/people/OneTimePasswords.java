package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords HR hands over once: 16 characters without look-alikes (no 0/O, 1/l/I), about 90 bits, working for
 * {@code extramile.people.one-time-password-days} (a week unless set).
 */
@ApplicationScoped
public class OneTimePasswords {

    @Inject
    @ConfigProperty(name = "extramile.people.one-time-password-days", defaultValue = "7")
    int days;

    @Inject
    Clock clock;

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    /** When a one-time password issued now stops working. */
    public Instant expiry() {
        return clock.instant().plus(Duration.ofDays(Math.max(1, days))).truncatedTo(ChronoUnit.MICROS);
    }

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
