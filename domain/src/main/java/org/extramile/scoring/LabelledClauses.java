package org.extramile.scoring;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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

    /** How far a clause leans towards labelled answers at a level or above, and the nearest of their clauses. */
    record Lean(double value, Optional<String> nearest) {
        static final Lean NONE = new Lean(0, Optional.empty());
    }

    private final List<String> texts;
    private final List<float[]> vectors;
    private final boolean[] negated;
    private final Map<String, Entries> criteria;

    private LabelledClauses(
            List<String> texts, List<float[]> vectors, boolean[] negated, Map<String, Entries> criteria) {
        this.texts = texts;
        this.vectors = vectors;
        this.negated = negated;
        this.criteria = criteria;
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
     * above, less its best similarity to clauses of answers below; 0 when either side has no clause of its polarity.
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
                }
            } else {
                below = Math.max(below, similarity);
            }
        }
        return above < -1 || below < -1 ? Lean.NONE : new Lean(above - below, Optional.of(texts.get(nearest)));
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

    /**
     * As stored with a calibration: the texts, the negation flags, each criterion's entries, and the vectors as the
     * Base64 of their floats (big-endian), so that a calibration read back compares exactly as the one fitted.
     */
    public JsonObject toJson() {
        JsonObjectBuilder byCriterion = Json.createObjectBuilder();
        criteria.forEach((key, entries) -> byCriterion.add(
                key,
                Json.createObjectBuilder()
                        .add("clauses", ints(entries.clauses()))
                        .add("answers", ints(entries.answers()))
                        .add("levels", ints(entries.levels()))));
        JsonArrayBuilder flags = Json.createArrayBuilder();
        for (boolean flag : negated) {
            flags.add(flag);
        }
        int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        ByteBuffer floats = ByteBuffer.allocate(vectors.size() * dimensions * Float.BYTES);
        for (float[] vector : vectors) {
            for (float value : vector) {
                floats.putFloat(value);
            }
        }
        return Json.createObjectBuilder()
                .add("texts", Json.createArrayBuilder(texts))
                .add("negated", flags)
                .add("dimensions", dimensions)
                .add("vectors", Base64.getEncoder().encodeToString(floats.array()))
                .add("criteria", byCriterion)
                .build();
    }

    /** Reads what {@link #toJson()} wrote. */
    public static LabelledClauses fromJson(JsonObject json) {
        List<String> texts = json.getJsonArray("texts").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        boolean[] negated = new boolean[texts.size()];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = json.getJsonArray("negated").getBoolean(i);
        }
        int dimensions = json.getInt("dimensions");
        ByteBuffer floats = ByteBuffer.wrap(Base64.getDecoder().decode(json.getString("vectors")));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                vector[d] = floats.getFloat();
            }
            vectors.add(vector);
        }
        Map<String, Entries> criteria = new TreeMap<>();
        json.getJsonObject("criteria").forEach((key, value) -> {
            JsonObject entries = value.asJsonObject();
            criteria.put(
                    key,
                    new Entries(
                            ints(entries.getJsonArray("clauses")),
                            ints(entries.getJsonArray("answers")),
                            ints(entries.getJsonArray("levels"))));
        });
        return new LabelledClauses(texts, List.copyOf(vectors), negated, Map.copyOf(criteria));
    }

    private static JsonArrayBuilder ints(int[] values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private static int[] ints(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream()
                .mapToInt(JsonNumber::intValue)
                .toArray();
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
