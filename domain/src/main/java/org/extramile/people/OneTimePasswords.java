package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Passwords HR hands over once: 16 characters without look-alikes (no 0/O, 1/l/I), about 90 bits. */
@ApplicationScoped
public class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
