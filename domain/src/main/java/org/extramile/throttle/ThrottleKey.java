package org.extramile.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What failures are counted by: a username or a client address failing to log in, a client address looking up
 * serials that do not exist, or asking for links to choose a new password. Only a SHA-256 of the key's normalised text is kept: usernames are typed by anyone, may
 * be very long, and are now and then a password typed in the wrong field.
 */
public record ThrottleKey(Scope scope, String hash) {

    /** Counted apart, each with its own limit. */
    public enum Scope {
        /** Failed logins of a username. */
        LOGIN_ACCOUNT("account"),
        /** Failed logins from a client address. */
        LOGIN_ADDRESS("address"),
        /** Public verifications of serials that do not exist, from a client address. */
        VERIFICATION_ADDRESS("verify"),
        /** Requests for a link to choose a new password ("Forgot your password?"), from a client address. */
        RESET_ADDRESS("reset");

        private final String column;

        Scope(String column) {
            this.column = column;
        }

        /** How the scope is stored, logged and audited. */
        public String column() {
            return column;
        }
    }

    public ThrottleKey {
        if (scope == null || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A throttle key is a scope and a SHA-256 in hex.");
        }
    }

    public static ThrottleKey loginAccount(String username) {
        return new ThrottleKey(Scope.LOGIN_ACCOUNT, sha256(normalised(username)));
    }

    public static ThrottleKey loginAddress(String address) {
        return new ThrottleKey(Scope.LOGIN_ADDRESS, sha256(normalised(address)));
    }

    public static ThrottleKey verificationAddress(String address) {
        return new ThrottleKey(Scope.VERIFICATION_ADDRESS, sha256(normalised(address)));
    }

    public static ThrottleKey resetAddress(String address) {
        return new ThrottleKey(Scope.RESET_ADDRESS, sha256(normalised(address)));
    }

    /** Usernames are matched exactly, but variants in case or spaces must not multiply an attacker's tries. */
    private static String normalised(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
