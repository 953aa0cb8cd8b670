package org.extramile.scoring.text;

import java.util.List;
import java.util.Set;

/**
 * A sentence that takes back the one before it: "I'll call the other branch. Actually no, they never have anything.",
 * "Bigger jar for the sale price? Ha, I wish.", "I'll get you one. Just kidding." What the sentence before offered
 * promises nothing, as an offer a "but" refuses within its own sentence.
 */
public final class Retraction {

    /** Stems of the openings that take back what was just said. */
    private static final List<List<String>> OPENINGS = List.of(
            List.of("actual", "no"),
            List.of("actual", "not"),
            List.of("just", "kid"),
            List.of("kid"),
            List.of("onli", "joke"),
            List.of("jk"),
            List.of("scratch", "that"),
            List.of("on", "second", "thought"));

    /** Stems of a wish that says the thing cannot be: "I wish.", "If only." (the whole clause). */
    private static final List<List<String>> WISHES = List.of(List.of("i", "wish"), List.of("if", "onli"));

    private static final Set<String> INTERJECTIONS = Set.of("ha", "haha", "hah", "lol", "oh", "well", "ah", "hmm");

    private Retraction() {}

    /** Whether a clause that opens its sentence takes back the sentence before. */
    public static boolean retracts(Segment clause) {
        List<String> terms = clause.tokens().stream()
                .map(Token::term)
                .dropWhile(INTERJECTIONS::contains)
                .toList();
        return OPENINGS.stream().anyMatch(opening -> startsWith(terms, opening)) || WISHES.contains(terms);
    }

    private static boolean startsWith(List<String> terms, List<String> opening) {
        return terms.size() >= opening.size()
                && terms.subList(0, opening.size()).equals(opening);
    }
}
