package org.extramile.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.Apology;
import org.extramile.scoring.text.Debt;
import org.extramile.scoring.text.Disclaimer;
import org.extramile.scoring.text.Hedge;
import org.extramile.scoring.text.Negation;
import org.extramile.scoring.text.Retraction;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;
import org.extramile.scoring.text.Tentative;
import org.extramile.scoring.text.Token;

/**
 * An answer read once for all criteria: its clauses, each clause's vector (absent beyond the embedding budget), and
 * the cues that can void what a clause seems to offer.
 */
record AnswerReading(String answer, List<Segment> clauses, List<float[]> vectors, List<Cues> cues) {

    /**
     * @param negator the negator governing the clause, if any
     * @param withdrawnBy the next contrast clause of its sentence that refuses ("but I'm too busy"), disowns the
     *     problem ("but you must have picked up the wrong cup"), makes the favour a debt ("but you'll owe me one") or
     *     follows a hedge ("I'd love to, but..."), or the next
     *     sentence that takes it back ("Actually no, ..."), if any
     * @param counterfactual the clause sits in a conditional that promises nothing
     * @param forbids the clause refuses by a rule or a permission ("we're not allowed to")
     * @param disowns the clause disowns the problem: helplessness, not my job, blame ({@link Disclaimer}), unless it
     *     only shelters behind a rule or a superior and the answer works round it
     * @param blames the clause lays the blame on somebody else, which is never worked round
     * @param hedge the words by which the clause only holds out the hope of what it offers ({@link Tentative})
     * @param blameBeside for a clause that says sorry, a clause of its sentence (itself, maybe) that lays the blame on somebody else
     *     ("Sorry, that was the other barista, not me.")
     */
    record Cues(
            Optional<Token> negator,
            Optional<Segment> withdrawnBy,
            boolean counterfactual,
            boolean forbids,
            boolean disowns,
            boolean blames,
            Optional<Hedge> hedge,
            Optional<Segment> blameBeside) {}

    static AnswerReading read(String answer, Segmenter segmenter, SentenceEncoder encoder, int maxEmbedded) {
        List<Segment> clauses = segmenter.segment(answer);
        List<Segment> embedded = clauses.subList(0, Math.min(maxEmbedded, clauses.size()));
        List<float[]> vectors = new ArrayList<>(
                encoder.embedAll(embedded.stream().map(Segment::text).toList()));
        List<Optional<Disclaimer.Kind>> disclaimers =
                clauses.stream().map(Disclaimer::read).toList();
        Predicate<Segment> blaming = c ->
                disclaimers.get(c.index()).filter(Disclaimer.Kind.BLAME::equals).isPresent();
        List<Cues> cues = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Segment clause = clauses.get(i);
            int at = i;
            boolean blames = blaming.test(clause);
            Optional<Segment> withdrawal = contrastAfter(answer, clauses, i)
                    .filter(n -> !concedes(answer, clause, n))
                    .filter(n -> Negation.refuses(n)
                            || Negation.hedges(clause.tokens(), n)
                            || Negation.sendsHerOff(n)
                            || Disclaimer.disowns(n)
                            || Debt.owed(n))
                    .or(() -> retractionAfter(clauses, at));
            cues.add(new Cues(
                    Negation.negatorOf(clause.tokens()),
                    withdrawal,
                    counterfactual(clauses, i),
                    Negation.forbids(clause),
                    blames || disclaimers.get(i).isPresent() && !workedRound(answer, clauses, i),
                    blames,
                    Tentative.hedge(clauses, i),
                    Apology.blameBeside(clauses, i, blaming)));
        }
        return new AnswerReading(answer, clauses, vectors, cues);
    }

    /**
     * The first clause after clause {@code i} in its sentence that opens with a contrast: "I could pop over,
     * honestly, but I can't leave" withdraws the offer across the aside. The contrast runs on over the commas a
     * negator had its stretch cut at: "but they rarely answer, so it's not worth it" is one.
     */
    private static Optional<Segment> contrastAfter(String answer, List<Segment> clauses, int i) {
        int sentence = clauses.get(i).sentence();
        for (int j = i + 1; j < clauses.size() && clauses.get(j).sentence() == sentence; j++) {
            if (clauses.get(j).opensWithContrast()) {
                int last = j;
                while (last + 1 < clauses.size()
                        && clauses.get(last + 1).stretch().equals(clauses.get(j).stretch())
                        && !clauses.get(last + 1).opensWithContrast()) {
                    last++;
                }
                return Optional.of(joined(answer, clauses.subList(j, last + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * A concession grants the difficulty and keeps the offer: "let me get you one, even though we're a bit short
     * today", "although it might take a while"; and a bare "though" after a firm offer that it does not refuse ("I'll
     * grab you one, though it might be a while as we're short-staffed"), where after "I could" it takes the offer back.
     */
    private static boolean concedes(String answer, Segment clause, Segment contrast) {
        return switch (contrast.opener()) {
            case "although" -> true;
            case "though" ->
                answer.substring(0, contrast.start())
                                .stripTrailing()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith("even")
                        || firm(clause.tokens())
                                && Negation.negatorOf(contrast.tokens()).isEmpty();
            default -> false;
        };
    }

    /**
     * A constraint named and then worked round is no deflection, as the rubrics say: "I can't control what the bakery
     * sends, but I can put a loaf aside for you". The contrast after the clause offers, unnegated, what the trainee
     * will or can do. Blame is no constraint, on her or on anyone: "you should've checked, but fine, I'll make
     * another" and "someone on the early shift didn't bother reordering, but I'll ring Market Street" still deflect.
     */
    private static boolean workedRound(String answer, List<Segment> clauses, int i) {
        return contrastAfter(answer, clauses, i)
                .filter(n -> Negation.negatorOf(n.tokens()).isEmpty())
                .filter(n -> firm(n.tokens()) || speakerCan(n.tokens()))
                .isPresent();
    }

    private static boolean speakerCan(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String term = tokens.get(i).term();
            if ((term.equals("i") || term.equals("we"))
                    && tokens.get(i + 1).term().equals("can")) {
                return true;
            }
        }
        return false;
    }

    /** "I'll", "we'll", "let me": an offer made, not weighed. */
    private static boolean firm(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String term = tokens.get(i).term();
            String next = tokens.get(i + 1).term();
            if ((term.equals("i") || term.equals("we")) && next.equals("will")
                    || term.equals("let") && next.equals("me")) {
                return true;
            }
        }
        return false;
    }

    /** The opening clause of the next sentence, when it takes back the sentence of clause {@code i}. */
    private static Optional<Segment> retractionAfter(List<Segment> clauses, int i) {
        int next = clauses.get(i).sentence() + 1;
        return clauses.stream()
                .skip(i + 1)
                .filter(c -> c.sentence() == next)
                .findFirst()
                .filter(Retraction::retracts);
    }

    private static Segment joined(String answer, List<Segment> run) {
        Segment first = run.get(0);
        Segment last = run.get(run.size() - 1);
        if (run.size() == 1) {
            return first;
        }
        String text = answer.substring(first.start(), last.end());
        List<Token> tokens = run.stream().flatMap(c -> c.tokens().stream()).toList();
        return new Segment(
                first.index(), first.sentence(), first.start(), last.end(), text, first.opener(), tokens, text);
    }

    /**
     * The first clause that says what undoes the others, wherever it stands: "It's a bit of a trek but I'll manage,
     * don't worry" grumbles before the ease it offers.
     */
    Optional<Segment> undoing(Undoing kind) {
        return clauses.stream()
                .filter(c -> !cues.get(c.index()).counterfactual())
                .filter(kind::saidIn)
                .findFirst();
    }

    Optional<float[]> vector(int clause) {
        return clause < vectors.size() ? Optional.of(vectors.get(clause)) : Optional.empty();
    }

    /** The answer's content words, stop words left out. */
    long contentWords() {
        return clauses.stream().mapToLong(Segment::contentTokens).sum();
    }

    /**
     * Whether a clause lays the blame on somebody else ("the new guy keeps mixing up names"): a problem solved after it
     * does not make it a mere statement of fact, as it does "we don't have Coke".
     */
    boolean blames() {
        return cues.stream().anyMatch(Cues::blames);
    }

    boolean truncated() {
        return vectors.size() < clauses.size();
    }

    /** A conditional may be cut at a comma ("If it wasn't up to me, I'd go"): read the clause with its "if" clause. */
    private static boolean counterfactual(List<Segment> clauses, int i) {
        Segment clause = clauses.get(i);
        if (Negation.counterfactual(clause.tokens())) {
            return true;
        }
        if (i == 0 || clauses.get(i - 1).sentence() != clause.sentence() || !startsWithIf(clauses.get(i - 1))) {
            return false;
        }
        List<Token> joined = new ArrayList<>(clauses.get(i - 1).tokens());
        joined.addAll(clause.tokens());
        return Negation.counterfactual(joined);
    }

    private static boolean startsWithIf(Segment clause) {
        return !clause.tokens().isEmpty() && clause.tokens().get(0).term().equals("if");
    }
}
