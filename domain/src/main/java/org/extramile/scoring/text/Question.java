package org.extramile.scoring.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a clause asks the customer for something rather than saying or offering it: "What was your usual again?",
 * "Remind me, which one do you have?" name the usual only to ask for it. A question that offers ("What if I ring
 * them?", "What about a fresh one?") or confirms ("Large oat flat white, is it?", "Shall I ring them?") is not one.
 */
public final class Question {

    private static final Set<String> ASKING = Set.of("what", "which");

    /** "What if I…", "what about…" make an offer. */
    private static final Set<String> OFFERING = Set.of("if", "about");

    private Question() {}

    /** The question word before token {@code before} of a clause that asks for something; empty otherwise. */
    public static Optional<Token> asking(Segment clause, int before) {
        if (!clause.text().strip().endsWith("?")) {
            return Optional.empty();
        }
        List<Token> tokens = clause.tokens();
        for (int i = 0; i < Math.min(before, tokens.size()); i++) {
            if (ASKING.contains(tokens.get(i).term())) {
                boolean offers = i + 1 < tokens.size()
                        && OFFERING.contains(tokens.get(i + 1).term());
                return offers ? Optional.empty() : Optional.of(tokens.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a rubric's phrase is itself such a question ("what went wrong"): then asking is what it wants. */
    public static boolean asks(String phrase) {
        return WORDS.matcher(phrase).find();
    }

    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:what|which)\\b");
}
