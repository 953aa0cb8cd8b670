package org.extramile.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's serial: 60 random bits in Crockford's base 32 (no I, L, O or U to misread), grouped by four, and
 * a check character by the Luhn mod 32 algorithm, e.g. {@code XM-7K3Q-9FJD-2M8P-R}. Unguessable, easy to read out
 * and type: a typo in one character or a swap of two neighbours is caught before any lookup.
 */
public final class Serial {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "XM-";
    private static final int DIGITS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Serial() {}

    public static String next() {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return format(digits.toString());
    }

    /**
     * The serial in its canonical form, if the text is one: case, spaces and dashes do not matter, and the
     * letters people confuse with digits (O, I, L) are read as 0, 1, 1. Empty when the check character fails.
     */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.startsWith("XM")) {
            plain = plain.substring(2);
        }
        plain = plain.replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != DIGITS + 1 || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String digits = plain.substring(0, DIGITS);
        return plain.charAt(DIGITS) == check(digits) ? Optional.of(format(digits)) : Optional.empty();
    }

    private static String format(String digits) {
        return PREFIX + digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                + check(digits);
    }

    /** Luhn mod N over the base-32 alphabet. */
    static char check(String digits) {
        int factor = 2;
        int sum = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(digits.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }
}
