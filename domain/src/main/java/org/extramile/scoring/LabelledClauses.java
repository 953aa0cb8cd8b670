package org.extramile.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.extramile.scoring.evidence.SentenceEncoder;

/**
 * The clauses of trainer-labelled answers, embedded once, and for each criterion which answer each clause came from
 * and the level that answer was given: more exemplars, in trainees' own words. A clause of an answer that met the
 * criterion proves nothing by itself (it may only say hello), so what counts is how much closer a new clause comes
 * to the answers at a level than to those below it: a clause both sides share leans nowhere. Clauses are compared
 * with clauses of the same polarity only, as exemplars are. A new clause is compared with the pool once, whatever
 * the number of criteria.
 */
public final class LabelledClauses {

    static final LabelledClauses NONE = new LabelledClauses(List.of(), List.of(), new boolean[0], Map.of());

    /** Per criterion: the pooled clause, the labelled answer it came from and that answer's level, entry by entry. */
    record Entries(int[] clauses, int[] answers, int[] levels) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Entries e
                    && Arrays.equals(clauses, e.clauses)
                    && Arrays.equals(answers, e.answers)
                    && Arrays.equals(levels, e.levels);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(clauses), Arrays.hashCode(answers), Arrays.hashCode(levels));
        }
    }

    /**
     * How far a clause leans towards labelled answers at a level or above, the nearest of their clauses, and whether
     * that clause was the whole of its answer: then the trainer's label speaks of it alone.
     */
    record Lean(double value, Optional<String> nearest, boolean whole) {
        static final Lean NONE = new Lean(0, Optional.empty(), false);

        Lean scaled(double factor) {
            return new Lean(value * factor, nearest, whole);
        }
    }

    private final List<String> texts;
    private final List<float[]> vectors;
    private final boolean[] negated;
    private final Map<String, Entries> criteria;
    private final Map<String, boolean[]> whole = new TreeMap<>();

    private LabelledClauses(
            List<String> texts, List<float[]> vectors, boolean[] negated, Map<String, Entries> criteria) {
        this.texts = texts;
        this.vectors = vectors;
        this.negated = negated;
        this.criteria = criteria;
        criteria.forEach((key, entries) -> whole.put(key, wholeAnswers(entries.answers())));
    }

    /** Per entry, whether it is the only clause of its answer. */
    private static boolean[] wholeAnswers(int[] answers) {
        Map<Integer, Integer> clauses = new TreeMap<>();
        for (int answer : answers) {
            clauses.merge(answer, 1, Integer::sum);
        }
        boolean[] whole = new boolean[answers.length];
        for (int e = 0; e < answers.length; e++) {
            whole[e] = clauses.get(answers[e]) == 1;
        }
        return whole;
    }

    /** Each embedded clause's similarity to every pooled clause; empty when nothing is pooled. */
    List<double[]> similarities(AnswerReading reading) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<double[]> similarities = new ArrayList<>(reading.vectors().size());
        for (float[] vector : reading.vectors()) {
            double[] row = new double[vectors.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = SentenceEncoder.similarity(vector, vectors.get(i));
            }
            similarities.add(row);
        }
        return similarities;
    }

    /**
     * A clause's lean for one criterion: its best similarity to clauses of answers labelled at {@code level} or
     * above, less its best similarity to clauses of answers below, shrunk when positive by how nearly an answer below
     * says the same ({@link #distinctness}); 0 when either side has no clause of its polarity.
     * The clauses of answer {@code exclude} are left out, so that an answer is never its own neighbour while
     * calibrating.
     */
    Lean lean(String criterion, double[] similarities, boolean negatedClause, int level, int exclude) {
        Entries entries = criteria.get(criterion);
        if (entries == null) {
            return Lean.NONE;
        }
        double above = -2;
        double below = -2;
        int nearest = -1;
        int nearestEntry = -1;
        for (int e = 0; e < entries.clauses().length; e++) {
            int clause = entries.clauses()[e];
            if (entries.answers()[e] == exclude || negated[clause] != negatedClause) {
                continue;
            }
            double similarity = similarities[clause];
            if (entries.levels()[e] >= level) {
                if (similarity > above) {
                    above = similarity;
                    nearest = clause;
                    nearestEntry = e;
                }
            } else {
                below = Math.max(below, similarity);
            }
        }
        if (above < -1 || below < -1) {
            return Lean.NONE;
        }
        double lean = above - below;
        return new Lean(
                lean > 0 ? lean * distinctness(below) : lean,
                Optional.of(texts.get(nearest)),
                whole.get(criterion)[nearestEntry]);
    }

    /** Below this similarity to an answer below the level, a clause's lean counts in full. */
    private static final double DISTINCT = 0.80;

    /** From this similarity to an answer below the level, a clause's lean counts for nothing. */
    private static final double SHARED = 0.95;

    /**
     * How much a positive lean counts: a clause that an answer below the level (nearly) says too ("I'm so sorry",
     * "sold out") is no evidence of reaching it, however close a met answer's copy of it comes. Chosen by
     * cross-validation on the calibration splits: every scenario gained a little (mean Spearman 0.777 to 0.785).
     */
    private static double distinctness(double below) {
        return Math.max(0, Math.min(1, (SHARED - below) / (SHARED - DISTINCT)));
    }

    /** Collects the labelled clauses; answers are numbered by the caller. */
    static final class Builder {
        private final List<String> texts = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();
        private final List<Boolean> negated = new ArrayList<>();
        private final Map<String, List<int[]>> entries = new TreeMap<>();

        /** Pools one clause and returns its index. */
        int pool(String text, float[] vector, boolean negatedClause) {
            texts.add(text);
            vectors.add(vector);
            negated.add(negatedClause);
            return texts.size() - 1;
        }

        void label(String criterion, int clause, int answer, int level) {
            entries.computeIfAbsent(criterion, k -> new ArrayList<>()).add(new int[] {clause, answer, level});
        }

        LabelledClauses build() {
            boolean[] flags = new boolean[negated.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = negated.get(i);
            }
            Map<String, Entries> criteria = new TreeMap<>();
            entries.forEach((key, list) -> criteria.put(
                    key,
                    new Entries(
                            list.stream().mapToInt(e -> e[0]).toArray(),
                            list.stream().mapToInt(e -> e[1]).toArray(),
                            list.stream().mapToInt(e -> e[2]).toArray())));
            return new LabelledClauses(List.copyOf(texts), List.copyOf(vectors), flags, Map.copyOf(criteria));
        }
    }

    /** The pooled clauses' texts, for storing a calibration. */
    public List<String> texts() {
        return texts;
    }

    /** The pooled clauses' vectors (not to be changed), for storing a calibration. */
    public List<float[]> vectors() {
        return vectors;
    }

    /** Whether each pooled clause is negated, for storing a calibration. */
    public boolean[] negated() {
        return negated.clone();
    }

    /** Per criterion the three columns of its entries (clause, answer, level), for storing a calibration. */
    public Map<String, int[][]> entries() {
        Map<String, int[][]> columns = new TreeMap<>();
        criteria.forEach((key, e) -> columns.put(key, new int[][] {e.clauses(), e.answers(), e.levels()}));
        return columns;
    }

    /** The clauses as {@link #texts()}, {@link #vectors()}, {@link #negated()} and {@link #entries()} gave them. */
    public static LabelledClauses of(
            List<String> texts, List<float[]> vectors, boolean[] negated, Map<String, int[][]> entries) {
        if (vectors.size() != texts.size() || negated.length != texts.size()) {
            throw new IllegalArgumentException("Every labelled clause needs its text, vector and negation flag.");
        }
        Map<String, Entries> criteria = new TreeMap<>();
        entries.forEach((key, columns) -> criteria.put(key, new Entries(columns[0], columns[1], columns[2])));
        return new LabelledClauses(List.copyOf(texts), List.copyOf(vectors), negated.clone(), Map.copyOf(criteria));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelledClauses c
                && texts.equals(c.texts)
                && Arrays.deepEquals(vectors.toArray(), c.vectors.toArray())
                && Arrays.equals(negated, c.negated)
                && criteria.equals(c.criteria);
    }

    @Override
    public int hashCode() {
        return 31 * texts.hashCode() + criteria.hashCode();
    }

    @Override
    public String toString() {
        return texts.size() + " labelled clauses";
    }
}
