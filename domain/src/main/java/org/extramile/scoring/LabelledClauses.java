package org.extramile.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.extramile.scoring.evidence.SentenceEncoder;

/**
 * The clauses of trainer-labelled answers to one criterion, embedded, with the level each answer was given: more
 * exemplars, in trainees' own words. A clause of an answer that met the criterion proves nothing by itself (it may
 * only say hello), so what counts is how much closer a new clause comes to the answers at a level than to those
 * below it: a clause both sides share leans nowhere. Clauses are compared with clauses of the same polarity only,
 * as exemplars are.
 */
public record LabelledClauses(
        List<String> texts, List<float[]> vectors, int[] answers, int[] levels, boolean[] negated) {

    static final LabelledClauses NONE =
            new LabelledClauses(List.of(), List.of(), new int[0], new int[0], new boolean[0]);

    /** How far a clause leans towards labelled answers at {@code level} or above, and the nearest of their clauses. */
    record Lean(double value, Optional<String> nearest) {
        static final Lean NONE = new Lean(0, Optional.empty());
    }

    /**
     * The clause's lean: its best similarity to clauses of answers labelled at {@code level} or above, less its best
     * similarity to clauses of answers below; 0 when either side has no clause of its polarity. The clauses of
     * answer {@code exclude} are left out, so that an answer is never its own neighbour while calibrating.
     */
    Lean lean(float[] vector, boolean negatedClause, int level, int exclude) {
        double above = -2;
        double below = -2;
        int nearest = -1;
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == exclude || negated[i] != negatedClause) {
                continue;
            }
            double similarity = SentenceEncoder.similarity(vector, vectors.get(i));
            if (levels[i] >= level) {
                if (similarity > above) {
                    above = similarity;
                    nearest = i;
                }
            } else {
                below = Math.max(below, similarity);
            }
        }
        return above < -1 || below < -1 ? Lean.NONE : new Lean(above - below, Optional.of(texts.get(nearest)));
    }

    /** Collects the labelled clauses of one criterion; answers are numbered by the caller. */
    static final class Builder {
        private final List<String> texts = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();
        private final List<Integer> answers = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final List<Boolean> negated = new ArrayList<>();

        void add(String text, float[] vector, int answer, int level, boolean negatedClause) {
            texts.add(text);
            vectors.add(vector);
            answers.add(answer);
            levels.add(level);
            negated.add(negatedClause);
        }

        LabelledClauses build() {
            boolean[] flags = new boolean[negated.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = negated.get(i);
            }
            return new LabelledClauses(
                    List.copyOf(texts),
                    List.copyOf(vectors),
                    answers.stream().mapToInt(Integer::intValue).toArray(),
                    levels.stream().mapToInt(Integer::intValue).toArray(),
                    flags);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelledClauses c
                && texts.equals(c.texts)
                && Arrays.deepEquals(vectors.toArray(), c.vectors.toArray())
                && Arrays.equals(answers, c.answers)
                && Arrays.equals(levels, c.levels)
                && Arrays.equals(negated, c.negated);
    }

    @Override
    public int hashCode() {
        return 31 * texts.hashCode() + Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return texts.size() + " labelled clauses";
    }
}
