package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause only holds out the hope of something: "I might be able to run to the shop", "I could maybe see
 * about calling round later", "if I get a chance", "no promises". Trainers give such an offer the middle level, not
 * the top: the customer still does not know whether it will happen. Only the speaker's own action is hedged here, so
 * that "I'll ring Market Street now, they might have one" stays a firm offer; a withheld promise ("no promises")
 * hedges its whole sentence.
 */
public final class Tentative {

    private static final List<Pattern> IN_CLAUSE = List.of(
            // The speaker's own action hedged: "I might", "we could maybe", "perhaps I can"; not "they might have one".
            Pattern.compile("\\b(?:i|we)(?:'ll|'d| will| would| could| can)? (?:might|maybe|perhaps|possibly)\\b"),
            Pattern.compile("\\b(?:maybe|perhaps) (?:i|we)\\b"),
            // "I'll ring them and see if they've got one" checks; "I'll see if I can" hedges.
            Pattern.compile("\\bsee (?:about|if (?:i|we) can|whether (?:i|we) can)\\b"),
            Pattern.compile("\\bif (?:i|we) (?:get|have|find|can find) (?:a |the )?(?:chance|minute|moment|sec"
                    + "|second|spare (?:minute|moment|second))\\b"));

    private static final Pattern IN_SENTENCE = Pattern.compile("\\b(?:no (?:promises?|guarantees?)|not promising)\\b");

    private Tentative() {}

    /**
     * The words that hedge clause {@code i}, read with the clauses of its sentence ("I might", "no promises"), as
     * written; empty for a firm clause.
     */
    public static Optional<String> hedge(List<Segment> clauses, int i) {
        Segment clause = clauses.get(i);
        Optional<String> own = IN_CLAUSE.stream()
                .map(p -> p.matcher(text(clause)))
                .filter(Matcher::find)
                .map(m -> clause.text().substring(m.start(), m.end()))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return clauses.stream()
                .filter(c -> c.sentence() == clause.sentence())
                .map(c -> Map.entry(c, IN_SENTENCE.matcher(text(c))))
                .filter(e -> e.getValue().find())
                .map(e -> e.getKey()
                        .text()
                        .substring(e.getValue().start(), e.getValue().end()))
                .findFirst();
    }

    private static String text(Segment clause) {
        return clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
