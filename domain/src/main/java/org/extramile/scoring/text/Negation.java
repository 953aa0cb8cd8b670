package org.extramile.scoring.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues that make a clause promise nothing, read from analysed tokens:
 * <ul>
 *   <li>a negator scopes forward to the end of its clause ("I can't go to the shop"), except in idioms whose
 *       meaning is positive ("no problem", "you won't have to pay", "why don't I call them");</li>
 *   <li>an offer is withdrawn by a following contrast clause that refuses ("I could go, but I'm too busy");</li>
 *   <li>a counterfactual conditional promises nothing ("if we had it I would", "I wish I could").</li>
 * </ul>
 * The same rules read the rubric's exemplars, so a negated answer still matches a negated exemplar
 * ("we don't have that" for a deflection penalty): what counts is agreement of polarity.
 */
public final class Negation {

    /** Terms after a negator that make the phrase positive: no problem, won't have to pay, don't worry. */
    private static final Set<String> POSITIVE_AFTER_NEGATOR = Set.of(
            "problem", "worri", "troubl", "bother", "hesit", "fuss", "hassl", "rush", "pai", "charg", "cost", "extra",
            "need", "doubt", "onli", "mind", "wait", "long");

    private static final Set<String> INTERJECTION_BEFORE = Set.of("oh", "ah", "why");
    /** "Busy, but can't complain": content with the day, no refusal of anything. */
    private static final Set<String> CONTENT = Set.of("complain", "grumbl", "moan");

    /** Words around "not" that make a refusal of ability or permission. */
    private static final Set<String> REFUSAL_BEFORE_NOT =
            Set.of("can", "will", "could", "would", "shall", "must", "should");

    private static final Set<String> REFUSAL_AFTER_NOT =
            Set.of("allow", "suppos", "meant", "permit", "abl", "leav", "go", "time");
    private static final List<List<String>> REFUSAL_PHRASES = List.of(
            List.of("too", "busi"),
            // "but I've got too many tables"
            List.of("too", "mani"),
            // "but we're slammed right now", "but I'm swamped"
            List.of("slam"),
            List.of("swamp"),
            List.of("too", "far"),
            // "but the phone's for staff only"
            List.of("staff", "onli"),
            List.of("no", "time"),
            // "but I don't have time to chat", "but I haven't got time", "but I don't really have time"
            List.of("not", "have", "time"),
            List.of("not", "got", "time"),
            List.of("not", "realli", "have", "time"),
            List.of("no", "on"),
            List.of("nobodi"),
            List.of("unabl"),
            List.of("onli", "on"),
            List.of("polici"),
            List.of("rule"),
            List.of("short", "staf"),
            // "but we're really short today", "we're short-handed", "we're understaffed"
            List.of("realli", "short"),
            List.of("short", "todai"),
            List.of("short", "hand"),
            List.of("understaf"),
            List.of("my", "own"),
            List.of("unfortun"));
    private static final Set<String> PERMISSION = Set.of("allow", "suppos", "meant", "permit");
    private static final Set<String> RULE = Set.of("polici", "rule");
    private static final Set<String> SPEAKER = Set.of("i", "we");
    private static final Set<String> SUBJUNCTIVE = Set.of("had", "were", "wa", "could", "did", "knew");
    private static final Set<String> POLITE_IF = Set.of("like", "want", "prefer", "mind", "wish", "fanci", "need");

    private Negation() {}

    /**
     * The negator governing a match over the tokens {@code first} to {@code last}: a negator scopes forward to the
     * end of its clause, so "sorry, we don't have it" negates "have it" and leaves "sorry" alone. A word that makes
     * a negator an offer ("you won't pay") does not when the match is made of it: "you won't have to pay again"
     * negates "you'll have to pay again".
     */
    public static Optional<Token> negatorOfMatch(List<Token> tokens, int first, int last) {
        return negator(tokens, last + 1, first, last);
    }

    private static Optional<Token> negator(List<Token> tokens, int end, int first, int last) {
        for (int i = 0; i < Math.min(end, tokens.size()); i++) {
            if (tokens.get(i).negator()
                    && !idiomatic(tokens, i, first, last)
                    && (i < tokens.size() - 1 || endsRefusing(tokens))) {
                return Optional.of(tokens.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * A negator that ends its clause negates the clause when it follows an auxiliary ("Go to the shop? I can't", "we
     * don't"), not when it tags a question ("a bigger jar, or not?").
     */
    private static boolean endsRefusing(List<Token> tokens) {
        int last = tokens.size() - 1;
        return last > 0
                && tokens.get(last).term().equals("not")
                && AUXILIARY.contains(tokens.get(last - 1).term());
    }

    private static final Set<String> AUXILIARY =
            Set.of("can", "could", "will", "would", "do", "doe", "did", "should", "must", "shall", "am", "is", "ar");

    /** The negator of a whole clause, if any. */
    public static Optional<Token> negatorOf(List<Token> tokens) {
        return negator(tokens, tokens.size(), -1, -1);
    }

    /** Whether a contrast clause refuses: "but I can't leave the counter", "but I'm too busy", "but it's policy". */
    public static boolean refuses(Segment clause) {
        List<Token> tokens = clause.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.term().equals("not")
                    && !idiomatic(tokens, i)
                    && !imperative(tokens, i)
                    && !CONTENT.contains(afterNot(tokens, i))
                    && ((i > 0 && REFUSAL_BEFORE_NOT.contains(tokens.get(i - 1).term()))
                            || REFUSAL_AFTER_NOT.contains(afterNot(tokens, i)))) {
                return true;
            }
        }
        return REFUSAL_PHRASES.stream().anyMatch(p -> contains(tokens, p));
    }

    /** What may come before an imperative's "don't": "so don't leave it too late", "but just don't go anywhere". */
    private static final Set<String> IMPERATIVE_LEAD =
            Set.of("but", "so", "just", "pleas", "and", "then", "now", "oh", "well", "though", "yet");

    /** "Don't go anywhere" tells her what to do; "we don't leave the bar", "the managers don't allow it" refuse. */
    private static boolean imperative(List<Token> tokens, int not) {
        if (not == 0 || !tokens.get(not - 1).term().equals("do")) {
            return false;
        }
        return tokens.subList(0, not - 1).stream().allMatch(t -> IMPERATIVE_LEAD.contains(t.term()));
    }

    /** The word a "not" bears on, past a softening "really": "but I'm not really able to leave the bar". */
    private static String afterNot(List<Token> tokens, int not) {
        int at = not + 1 < tokens.size() && tokens.get(not + 1).term().equals("realli") ? not + 2 : not + 1;
        return at < tokens.size() ? tokens.get(at).term() : "";
    }

    /** Comparatives that make the customer's own errand the better plan: "it's quicker if you just go". */
    private static final Set<String> HANDIER = Set.of("quicker", "easier", "faster", "simpler");

    /** Errands a customer can be told to run "yourself"; not "sit yourself down" nor "save yourself the trip". */
    private static final Set<String> ERRANDS =
            Set.of("go", "collect", "get", "fetch", "pick", "ring", "call", "phone", "check", "ask", "head");

    /**
     * Whether a contrast clause hands the errand back to the customer: "but honestly it's quicker if you just go",
     * "but you'd be better off asking them", "but you'll have to collect it yourself". What it follows is offered
     * only to be taken back.
     */
    public static boolean sendsHerOff(Segment clause) {
        List<Token> tokens = clause.tokens();
        boolean you = tokens.stream().anyMatch(t -> t.term().equals("you"));
        return handierIfYou(tokens) || (you && contains(tokens, List.of("better", "off"))) || errandYourself(tokens);
    }

    /** "Quicker if you go", "easier for you to collect it"; not "quicker than you think". */
    private static boolean handierIfYou(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String next = tokens.get(i + 1).term();
            if (HANDIER.contains(tokens.get(i).term())
                    && (next.equals("if") || next.equals("for"))
                    && tokens.get(i + 2).term().equals("you")) {
                return true;
            }
        }
        return false;
    }

    private static boolean errandYourself(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).term().equals("yourself")) {
                for (int j = Math.max(0, i - 4); j < i; j++) {
                    if (ERRANDS.contains(tokens.get(j).term())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a clause refuses by a rule or a permission: "we're not allowed to", "I'm not meant to leave", "policy
     * says I can't". A deflection's favourite shelter, as the rubrics' penalties say.
     */
    public static boolean forbids(Segment clause) {
        List<Token> tokens = clause.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).term().equals("not")
                    && PERMISSION.contains(tokens.get(i + 1).term())) {
                return true;
            }
        }
        // "Company policy says I can't", not "our policy is that the guest comes first".
        return tokens.stream().anyMatch(t -> RULE.contains(t.term()))
                && negatorOf(tokens).isPresent();
    }

    /**
     * Whether a sentence is a counterfactual that promises nothing: "if we had it I would get it", "if it were
     * up to me I'd", "I wish I could", "I would have". A polite condition ("if you'd like, I can call them") is
     * not one.
     */
    public static boolean counterfactual(List<Token> sentence) {
        if (contains(sentence, List.of("wish", "i", "could"))
                || contains(sentence, List.of("would", "if", "i", "could"))
                || pastModal(sentence)) {
            return true;
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (!sentence.get(i).term().equals("if")) {
                continue;
            }
            boolean polite = false;
            boolean subjunctive = false;
            for (int j = i + 1; j < Math.min(sentence.size(), i + 6); j++) {
                String term = sentence.get(j).term();
                polite |= POLITE_IF.contains(term);
                subjunctive |= SUBJUNCTIVE.contains(term);
            }
            if (subjunctive
                    && !polite
                    && sentence.subList(i + 1, sentence.size()).stream()
                            .anyMatch(t -> t.term().equals("would"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I would have", "we could've": the speaker imagining what they did not do. Not "you'd have to", which obliges
     * rather than imagines, nor "the $6.99 you'd have paid", which says what the customer would have paid.
     */
    private static boolean pastModal(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String modal = tokens.get(i).term();
            if ((modal.equals("would") || modal.equals("could"))
                    && SPEAKER.contains(tokens.get(i - 1).term())
                    && tokens.get(i + 1).term().equals("have")
                    && (i + 2 >= tokens.size() || !tokens.get(i + 2).term().equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause only hedges an offer before the contrast that follows it: "I'd love to, but..." withdraws the
     * offer whatever the contrast says; "I could call them, but I don't know if they'll answer" too, since the
     * contrast denies something. "I could call them now, though they're slow to pick up" still offers. The speaker's
     * own "would" is a conditional whatever follows: "I'd call our other branch, but the phone's playing up".
     */
    public static boolean hedges(List<Token> clause, Segment contrast) {
        return contains(clause, List.of("would", "love"))
                || contains(clause, List.of("would", "like"))
                || SPEAKER.stream().anyMatch(s -> contains(clause, List.of(s, "would")))
                || (clause.stream().anyMatch(t -> t.term().equals("could"))
                        && negatorOf(contrast.tokens()).isPresent());
    }

    private static boolean idiomatic(List<Token> tokens, int negator) {
        return idiomatic(tokens, negator, -1, -1);
    }

    /** @param first the first token of a match whose own words cannot make the negator idiomatic, or -1 */
    private static boolean idiomatic(List<Token> tokens, int negator, int first, int last) {
        if (negator > 0 && INTERJECTION_BEFORE.contains(tokens.get(negator - 1).term())) {
            return true;
        }
        // "Nothing a chat with you can't fix", "nobody I'd rather see": two negators in one clause affirm.
        if (doubled(tokens, negator)) {
            return true;
        }
        // "Why don't I ring them?" offers.
        if (negator > 1 && tokens.get(negator - 2).term().equals("why")) {
            return true;
        }
        // A leading "No," answers the customer ("No, no, let me get it"); its clause is read on its own merits.
        if (negator == 0
                && tokens.get(0).term().equals("no")
                && tokens.size() > 1
                && tokens.get(1).start() > tokens.get(0).end() + 1) {
            return true;
        }
        for (int j = negator + 1; j < Math.min(tokens.size(), negator + 4); j++) {
            if (POSITIVE_AFTER_NEGATOR.contains(tokens.get(j).term())
                    && (j < first || j > last)
                    && !needed(tokens, j, first)) {
                return true;
            }
        }
        return first < spared(tokens, negator) || notWithout(tokens, negator);
    }

    private static final Set<String> NOBODY = Set.of("noth", "nobodi", "none");

    /** Whether a "nothing" or "nobody" and a later "not" share the clause, each negating the other. */
    private static boolean doubled(List<Token> tokens, int negator) {
        String term = tokens.get(negator).term();
        if (NOBODY.contains(term)) {
            return tokens.subList(negator + 1, tokens.size()).stream()
                    .anyMatch(t -> t.term().equals("not"));
        }
        return term.equals("not") && tokens.subList(0, negator).stream().anyMatch(t -> NOBODY.contains(t.term()));
    }

    /**
     * "I'm not going to leave you without it", "I won't let you go without your Diet Coke": a double negation that
     * promises. Not "I can't leave without asking my manager", which refuses.
     */
    private static boolean notWithout(List<Token> tokens, int negator) {
        for (int i = negator + 1; i < Math.min(tokens.size(), negator + 4); i++) {
            String term = tokens.get(i).term();
            if ((term.equals("leav") || term.equals("let"))
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).term().equals("you")) {
                return tokens.subList(i + 2, tokens.size()).stream()
                        .anyMatch(t -> t.term().equals("without"));
            }
        }
        return false;
    }

    /** "No need to pay again": what there is no need to do is the match itself, negated, not a worry waved away. */
    private static boolean needed(List<Token> tokens, int need, int first) {
        return tokens.get(need).term().equals("need")
                && first > need
                && tokens.subList(need + 1, first).stream()
                        .allMatch(t -> t.term().equals("to"));
    }

    /**
     * "So you don't have to come back": what the customer is spared, not something refused to her. The index of the
     * "you" it is said to, or -1: a match made of what is spared, from that "you" on, is negated all the same ("you
     * won't have to pay again" is not "you'll have to pay again"); an offer before it is not.
     */
    private static int spared(List<Token> tokens, int negator) {
        if (negator + 2 >= tokens.size()
                || !tokens.get(negator + 1).term().equals("have")
                || !tokens.get(negator + 2).term().equals("to")) {
            return -1;
        }
        for (int i = negator - 1; i >= Math.max(0, negator - 2); i--) {
            if (tokens.get(i).term().equals("you")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(List<Token> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!tokens.get(i + k).term().equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
