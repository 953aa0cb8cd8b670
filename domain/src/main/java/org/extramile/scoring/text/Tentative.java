package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause only holds out the hope of something: "I might be able to run to the shop", "I could maybe see
 * about calling round later", "if I get a chance", "no promises", "I'll ask my manager if I can", "I guess I could";
 * or leaves it to the customer: "you could ring Market Street", "worth popping in on your way", "if you really want",
 * or a clause that only says somewhere
 * else may have it ("our Market Street shop might have one"), with nothing the speaker will do about it. Trainers
 * give such an offer the middle level, not the top: the customer still does not know whether it will happen, or is
 * to do it herself. Otherwise only the speaker's own action is hedged, so that "I'll ring Market Street now, they
 * might have one" stays a firm offer; a withheld promise ("no promises") hedges its whole sentence.
 */
public final class Tentative {

    private static final List<Pattern> HOPED_FOR = List.of(
            // The speaker's own action hedged: "I might", "we could maybe", "perhaps I can"; not "they might have one".
            Pattern.compile("\\b(?:i|we)(?:'ll|'d| will| would| could| can)? (?:might|maybe|perhaps|possibly)\\b"),
            Pattern.compile("\\b(?:maybe|perhaps) (?:i|we)\\b"),
            // Reluctance: "I guess I could call them", "I suppose we can".
            Pattern.compile("\\b(?:i guess|i suppose) (?:i|we) (?:could|can)\\b"),
            // "I'll ring them and see if they've got one" checks; "I'll see if I can" hedges.
            Pattern.compile("\\bsee (?:about|if (?:i|we) can|whether (?:i|we) can)\\b"),
            Pattern.compile("\\bif (?:i|we) (?:get|have|find|can find) (?:a |the )?(?:chance|minute|moment|sec"
                    + "|second|spare (?:minute|moment|second))\\b"),
            // "I'll get someone to make you one when they get a chance", "I'll try to squeeze it in".
            Pattern.compile(
                    "\\bwhen (?:i|we|they|someone|somebody|he|she) (?:get|gets|have|has|find|finds) (?:a |the )?"
                            + "(?:chance|minute|moment|sec|second)\\b"),
            Pattern.compile("\\btry (?:to|and) squeeze (?:it|you|one) in\\b|\\bget round to (?:it|you)\\b"),
            // Someone else has yet to agree: "I'll see if someone can", "let me ask my manager if I can".
            Pattern.compile("\\b(?:see|ask|check) (?:if|whether) (?:someone|somebody|anyone|anybody|one of)\\b"),
            Pattern.compile("\\bask (?:my|the|our) (?:manager|supervisor|boss|colleague)s? (?:if|whether)\\b"));

    private static final List<Pattern> LEFT_TO_THE_CUSTOMER = List.of(
            Pattern.compile("\\byou (?:could|can|might|may|should|'d|would)(?: always| just| also| try and| want to)? "
                    + "(?:ring|call|phone|try|go|pop|head|pick|get|grab|check|ask|buy|walk|nip|order)\\b"),
            // Done only if she presses for it: "if you really want", "if you insist".
            Pattern.compile("\\bif you (?:really|absolutely) (?:want|need|must)\\b|\\bif you insist\\b"),
            Pattern.compile("\\b(?:if you(?:'re| are) passing|on your way|worth (?:popping|a try|trying|going|checking"
                    + "|a look|asking)|if you fancy (?:a walk|one|it|the walk))\\b"),
            // An imperative that sends the customer to look elsewhere: "(maybe) try the other store", "pop next door".
            Pattern.compile("^(?:(?:so|but|and|or|well|oh|ok|okay|maybe|perhaps|just|probably|honestly)[,!]? )*"
                    + "(?:try|pop|head|nip|go|walk|check)(?: (?:over|down|across|round|up|out))?(?: (?:to|into|at|in))?"
                    + " (?:(?:(?:the|our|a|that|another) )?(?:other |nearby |sister |main )?"
                    + "(?:stores?|shops?|branch(?:es)?|supermarket)|elsewhere|somewhere else|across the road"
                    + "|over the road|down the road|next door)\\b"));

    /**
     * Somewhere else may have it, or has it ("the other branch might have one", "the store by the gate sells loads of
     * it"), in a clause where the speaker does nothing, nor in the next.
     */
    private static final Pattern ELSEWHERE_HAS_IT =
            Pattern.compile("\\b(?:might|may)(?: still| well| also| even)? (?:have|has|stock|carry|sell|do)\\b"
                    + "|\\b(?<!n't |not )(?:sells|stocks|carries|has(?: got)?|do(?:es)? (?:sell|stock|carry|have))"
                    + " (?:it|them|one|loads|plenty|lots|diet|coke|those|the)\\b");

    private static final Pattern SPEAKER = Pattern.compile("\\b(?:i|i'll|i'd|i'm|i've|me|we'll|we'd|let's)\\b");

    private static final Pattern IN_SENTENCE = Pattern.compile("\\b(?:no (?:promises?|guarantees?)|not promising)\\b");

    /** Put off until the rush is over: "once the queue dies down", "when it calms down a bit", "after the rush". */
    private static final Pattern PUT_OFF =
            Pattern.compile("\\b(?:once|when|after|till|until) (?:the |this |it |things )?"
                    + "(?:(?:queue|rush|line|it|things)(?:'s| is| has)? ?)?(?:(?:dies|calms|quietens|quiets|settles|slows|eases)"
                    + " down|(?:is |are )?(?:over|quieter)|clears|gets quieter)\\b|\\bafter the rush\\b");

    /** Openings by which a sentence qualifies the one before: "Well, once the queue dies down." */
    private static final Pattern QUALIFYING = Pattern.compile("^(?:well|actually|though|although|but|mind you)\\b");

    private Tentative() {}

    /** What hedges clause {@code i}, read with the clauses of its sentence ("no promises"); empty for a firm clause. */
    public static Optional<Hedge> hedge(List<Segment> clauses, int i) {
        Segment clause = clauses.get(i);
        return first(HOPED_FOR, clause)
                .map(words -> new Hedge(words, false))
                .or(() -> first(LEFT_TO_THE_CUSTOMER, clause).map(words -> new Hedge(words, true)))
                .or(() -> speakerActs(clauses, i)
                        ? Optional.empty()
                        : first(List.of(ELSEWHERE_HAS_IT), clause).map(words -> new Hedge(words, true)))
                .or(() -> clauses.stream()
                        .filter(c -> c.sentence() == clause.sentence())
                        .flatMap(c -> first(List.of(IN_SENTENCE, PUT_OFF), c).stream())
                        .findFirst()
                        .map(words -> new Hedge(words, false)))
                .or(() -> putOffNext(clauses, clause));
    }

    /** The speaker acts in clause {@code i} or the next: "the store often has them. I'll call them this second." */
    private static boolean speakerActs(List<Segment> clauses, int i) {
        return clauses.subList(i, Math.min(i + 2, clauses.size())).stream()
                .anyMatch(c -> first(List.of(SPEAKER), c).isPresent());
    }

    /**
     * A put-off in the next sentence when it opens by qualifying this one: "I'll remake it right now. Well, once the
     * queue dies down, maybe twenty minutes."
     */
    private static Optional<Hedge> putOffNext(List<Segment> clauses, Segment clause) {
        List<Segment> next = clauses.stream()
                .filter(c -> c.sentence() == clause.sentence() + 1)
                .toList();
        if (next.isEmpty() || first(List.of(QUALIFYING), next.get(0)).isEmpty()) {
            return Optional.empty();
        }
        return next.stream()
                .flatMap(c -> first(List.of(PUT_OFF), c).stream())
                .findFirst()
                .map(words -> new Hedge(words, false));
    }

    /** The words of the first pattern found in the clause, as written. */
    private static Optional<String> first(List<Pattern> patterns, Segment clause) {
        String text = clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return patterns.stream()
                .map(p -> p.matcher(text))
                .filter(Matcher::find)
                .map(m -> clause.text().substring(m.start(), m.end()))
                .findFirst();
    }
}
