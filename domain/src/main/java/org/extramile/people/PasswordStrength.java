package org.extramile.people;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Keyboard;
import com.nulabinc.zxcvbn.matchers.SlantedKeyboardLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a new password is too easy to guess, by zxcvbn's estimate: its dictionaries of common passwords, names and
 * words, keyboard patterns (QWERTY, AZERTY and others), dates, repeats and sequences, and the person's own names.
 * Length alone let "password1234" and "ExtraMile2026!" through.
 */
public final class PasswordStrength {

    /** zxcvbn's score 3 of 4: some 10^8 guesses or more, far beyond an online attack and slow offline. */
    static final int ENOUGH = 3;

    /** Not known to be safe across threads; a password is chosen seldom enough that they can take turns. */
    private static final Zxcvbn ZXCVBN = zxcvbn();

    private PasswordStrength() {}

    /**
     * Why {@code password} is too easy to guess, in {@code language} (zxcvbn's warning and suggestions); empty when it
     * is not. {@code personal}: the person's username, name, address, which a guesser tries first.
     */
    public static Optional<String> weakness(String password, Locale language, String... personal) {
        PasswordEstimate estimate = estimate(password, language, personal);
        return estimate.hardEnough() ? Optional.empty() : Optional.of(estimate.advice());
    }

    /** How hard {@code password} is to guess, with advice in {@code language}; {@code personal} as for weakness. */
    public static PasswordEstimate estimate(String password, Locale language, String... personal) {
        Strength strength = measure(password, personal);
        Feedback feedback = strength.getFeedback();
        List<String> sentences = new ArrayList<>();
        sentences.add(feedback.getWarning(language));
        sentences.addAll(feedback.getSuggestions(language));
        String advice =
                sentences.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return new PasswordEstimate(strength.getScore(), strength.getScore() >= ENOUGH, advice);
    }

    /** The rule as the API tells it, in English. */
    public static Optional<String> refusal(String password, String... personal) {
        return weakness(password, Locale.ENGLISH, personal)
                .map(why -> "This password is too easy to guess" + (why.isEmpty() ? "." : ": " + why)
                        + " A few uncommon words, with spaces between them, make a good one.");
    }

    /**
     * zxcvbn's dictionaries and keyboards, and the French AZERTY layout besides: the pages speak French too, and
     * "qsdfghjklm12" is as much a keyboard row as "asdfghjkl12".
     */
    private static Zxcvbn zxcvbn() {
        try {
            List<Keyboard> keyboards = new ArrayList<>(StandardKeyboards.loadAllKeyboards());
            keyboards.add(
                    new SlantedKeyboardLoader("azerty", () -> PasswordStrength.class.getResourceAsStream("azerty.txt"))
                            .load());
            return new ZxcvbnBuilder()
                    .dictionaries(StandardDictionaries.loadAllDictionaries())
                    .keyboards(keyboards)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's dictionaries or keyboards did not load", e);
        }
    }

    private static synchronized Strength measure(String password, String... personal) {
        return ZXCVBN.measure(password, words(personal));
    }

    /** The person's names whole and word by word ("Sam Taylor", "sam", "taylor"; "sam.taylor@cafe.example"). */
    private static List<String> words(String... personal) {
        return Stream.concat(Stream.of("ExtraMile"), Arrays.stream(personal))
                .filter(Objects::nonNull)
                .flatMap(text -> Stream.concat(Stream.of(text), Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }
}
