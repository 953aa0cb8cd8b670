package org.extramile.scoring.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a clause disowns the problem: the phrases of deflection that service trainers name (helplessness, "not my
 * job", blaming the customer, blaming a colleague or head office), read by {@link Shelter}, {@link BlameOnHer} and
 * {@link BlameOnOthers}. Specific phrases, not broad synonyms, as for every penalty: "sorry, that's on me" owns the
 * mistake, "that's on them" disowns it; "I should have checked" owns it, "you should have come earlier" blames.
 */
public final class Disclaimer {

    /** How a clause disowns the problem. */
    public enum Kind {
        /** The problem laid at somebody else's door: the customer's, a colleague's, head office's. */
        BLAME,
        /** Helplessness, "not my job", a rule or a superior put first: the problem is left where it is. */
        SHELTER
    }

    /** Each kind's patterns joined into one, their shared beginnings tried once ({@link Alternation}). */
    private static final Pattern BLAME =
            Alternation.of(Stream.concat(BlameOnHer.PATTERNS.stream(), BlameOnOthers.PATTERNS.stream())
                    .toList());

    private static final Pattern SHELTER = Alternation.of(Shelter.PATTERNS);

    private Disclaimer() {}

    /** How the clause disowns the problem, if it does; blame before shelter, since blame is never worked round. */
    public static Optional<Kind> read(Segment clause) {
        String text = text(clause);
        if (BLAME.matcher(text).find()) {
            return Optional.of(Kind.BLAME);
        }
        return SHELTER.matcher(text).find() ? Optional.of(Kind.SHELTER) : Optional.empty();
    }

    public static boolean disowns(Segment clause) {
        return read(clause).isPresent();
    }

    /** Whether a clause lays the blame on somebody else: "that was the other barista, not me". */
    public static boolean blames(Segment clause) {
        return read(clause).filter(Kind.BLAME::equals).isPresent();
    }

    private static String text(Segment clause) {
        return clause.text()
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .trim();
    }
}
