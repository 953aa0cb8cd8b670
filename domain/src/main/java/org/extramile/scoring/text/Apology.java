package org.extramile.scoring.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Whether a clause says sorry, and whether its sentence takes the apology back by laying the blame elsewhere. */
public final class Apology {

    /** Stems, as the analysis chain gives them: "sorry", "I apologise". */
    private static final Set<String> APOLOGIES = Set.of("sorri", "apolog");

    /** Regret that softens bad news without apologising for anything: "I'm afraid", "unfortunately". */
    private static final Set<String> REGRETS = Set.of("afraid", "unfortun");

    private Apology() {}

    /** "Sorry", "I apologise", and the regret of "I'm afraid" or "unfortunately": the answer is kindly put. */
    public static boolean regrets(Segment clause) {
        return clause.tokens().stream().anyMatch(Apology::regret);
    }

    /** Whether the words of a match are an apology or a regret and small words only: "I'm so sorry", "afraid". */
    public static boolean regretsOnly(List<Token> words) {
        return words.stream().anyMatch(Apology::regret) && words.stream().allMatch(t -> t.stop() || regret(t));
    }

    private static boolean regret(Token word) {
        return APOLOGIES.contains(word.term()) || REGRETS.contains(word.term());
    }

    /**
     * For clause {@code i} when it says sorry, the first clause of its sentence, itself included, that lays the blame on
     * somebody else ({@link Disclaimer#blames}): "Sorry, that was the other barista, not me." and "Sorry about that,
     * the new guy keeps mixing up names" apologise for nothing of their own.
     */
    public static Optional<Segment> blameBeside(List<Segment> clauses, int i) {
        return blameBeside(clauses, i, Disclaimer::blames);
    }

    /** The same, with the clauses' blame already read ({@code blames}), as an answer's reading has it. */
    public static Optional<Segment> blameBeside(List<Segment> clauses, int i, Predicate<Segment> blames) {
        Segment clause = clauses.get(i);
        if (clause.tokens().stream().noneMatch(t -> APOLOGIES.contains(t.term()))) {
            return Optional.empty();
        }
        return clauses.stream()
                .filter(c -> c.sentence() == clause.sentence() && blames.test(c))
                .findFirst();
    }
}
