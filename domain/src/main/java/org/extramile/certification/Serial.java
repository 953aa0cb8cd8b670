package org.extramile.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's serial: 60 random bits in Crockford's base 32 (no I, L, O or U to misread), grouped by four, and
 * a check character by the Luhn mod 32 algorithm, e.g. {@code XM-7K3Q-9FJD-2M8P-D}. Unguessable, easy to read out
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
        return flaw(text).isPresent()
                ? Optional.empty()
                : Optional.of(format(plain(text).substring(0, DIGITS)));
    }

    /** Why a text is not a serial, for the person who typed it to put right. */
    public enum Flaw {
        /** Too few or too many letters and digits: {@link #characters} says how many. */
        LENGTH,
        /** A character no serial has (a U, a punctuation mark). */
        CHARACTER,
        /** The check character does not match: one character is wrong, or two neighbours are swapped. */
        CHECK
    }

    /** What makes {@code text} no serial, or empty when it is one (whether or not a certificate has it). */
    public static Optional<Flaw> flaw(String text) {
        String plain = plain(text);
        if (plain.length() != DIGITS + 1) {
            return Optional.of(Flaw.LENGTH);
        }
        if (!plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.of(Flaw.CHARACTER);
        }
        return plain.charAt(DIGITS) == check(plain.substring(0, DIGITS)) ? Optional.empty() : Optional.of(Flaw.CHECK);
    }

    /** How many letters and digits {@code text} has after "XM", as a serial is counted: 13 in a serial. */
    public static int characters(String text) {
        return plain(text).length();
    }

    /** The text as a serial is read: case, spaces, dashes and the prefix left out, look-alike letters as digits. */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.startsWith("XM")) {
            plain = plain.substring(2);
        }
        return plain.replace('O', '0').replace('I', '1').replace('L', '1');
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
