package org.extramile.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.Negation;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;
import org.extramile.scoring.text.Token;

/**
 * An answer read once for all criteria: its clauses, each clause's vector (absent beyond the embedding budget), and
 * the cues that can void what a clause seems to offer.
 */
record AnswerReading(String answer, List<Segment> clauses, List<float[]> vectors, List<Cues> cues) {

    /**
     * @param negator the negator governing the clause, if any
     * @param withdrawnBy the contrast clause right after it that refuses ("but I'm too busy") or follows a hedge
     *     ("I'd love to, but..."), if any
     * @param counterfactual the clause sits in a conditional that promises nothing
     */
    record Cues(Optional<Token> negator, Optional<Segment> withdrawnBy, boolean counterfactual) {}

    static AnswerReading read(String answer, Segmenter segmenter, SentenceEncoder encoder, int maxEmbedded) {
        List<Segment> clauses = segmenter.segment(answer);
        List<Segment> embedded = clauses.subList(0, Math.min(maxEmbedded, clauses.size()));
        List<float[]> vectors = new ArrayList<>(
                encoder.embedAll(embedded.stream().map(Segment::text).toList()));
        List<Cues> cues = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Segment clause = clauses.get(i);
            Optional<Segment> next = i + 1 < clauses.size() ? Optional.of(clauses.get(i + 1)) : Optional.empty();
            Optional<Segment> withdrawal = next.filter(
                    n -> n.opensWithContrast() && (Negation.refuses(n) || Negation.hedges(clause.tokens())));
            cues.add(new Cues(Negation.negatorOf(clause.tokens()), withdrawal, counterfactual(clauses, i)));
        }
        return new AnswerReading(answer, clauses, vectors, cues);
    }

    Optional<float[]> vector(int clause) {
        return clause < vectors.size() ? Optional.of(vectors.get(clause)) : Optional.empty();
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
