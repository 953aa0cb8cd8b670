package org.extramile.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What failed logins are counted by: a username or a client address. Only a SHA-256 of the key's normalised text is
 * kept: usernames are typed by anyone, may be very long, and are now and then a password typed in the wrong field.
 */
public record LoginKey(Scope scope, String hash) {

    /** Counted apart, each with its own limit. */
    public enum Scope {
        ACCOUNT("account"),
        ADDRESS("address");

        private final String column;

        Scope(String column) {
            this.column = column;
        }

        /** How the scope is stored, logged and audited. */
        public String column() {
            return column;
        }
    }

    public LoginKey {
        if (scope == null || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A login key is a scope and a SHA-256 in hex.");
        }
    }

    public static LoginKey account(String username) {
        return new LoginKey(Scope.ACCOUNT, sha256(normalised(username)));
    }

    public static LoginKey address(String address) {
        return new LoginKey(Scope.ADDRESS, sha256(normalised(address)));
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
