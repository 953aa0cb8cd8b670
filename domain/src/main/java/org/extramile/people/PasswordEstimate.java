package org.extramile.people;

/**
 * How hard a password is to guess, as a person choosing one is shown it while typing: zxcvbn's {@code score} from 0
 * (guessed at once) to 4, whether it is {@code hardEnough} to be accepted, and {@code advice} (zxcvbn's warning and
 * suggestions in the reader's language, empty when there is none).
 */
public record PasswordEstimate(int score, boolean hardEnough, String advice) {

    /** The highest score. */
    public static final int MAX_SCORE = 4;
}
