package org.extramile.scoring.quality;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extramile.scoring.LabelledAnswer;

/**
 * A scenario's labelled answers (scoring/labelled/&lt;slug&gt;.json), each with its split and a trainer's verdicts.
 * The first {@code splitByHashAfter} answers keep the split they were given when first written; every answer after
 * them is split by {@link #splitOf(String)}, a fixed rule on its text, so nobody chooses which answers are judged.
 */
record LabelledSet(String scenario, int splitByHashAfter, List<Item> answers) {

    /** One labelled answer: holistic 0 (deflecting, very poor) to 3 (excellent), and whether it passes. */
    record Item(
            String id,
            boolean evaluation,
            String step,
            String text,
            int holistic,
            boolean pass,
            Map<String, String> labels) {

        LabelledAnswer asLabel() {
            return new LabelledAnswer(step, text, labels);
        }
    }

    static Optional<LabelledSet> load(String resource) {
        try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject set = reader.readObject();
                List<Item> items = set.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(LabelledSet::item)
                        .toList();
                return Optional.of(new LabelledSet(
                        set.getString("scenario"), set.getInt("splitByHashAfter", items.size()), items));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Evaluation when the first four bytes of the text's SHA-256, read as an unsigned number, are odd. */
    static boolean splitOf(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return (hash[3] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Item> calibration() {
        return answers.stream().filter(a -> !a.evaluation()).toList();
    }

    List<Item> evaluation() {
        return answers.stream().filter(Item::evaluation).toList();
    }

    private static Item item(JsonObject a) {
        Map<String, String> labels = new LinkedHashMap<>();
        a.getJsonObject("labels").forEach((k, v) -> labels.put(k, ((JsonString) v).getString()));
        return new Item(
                a.getString("id"),
                "evaluation".equals(a.getString("split")),
                a.getString("step"),
                a.getString("text"),
                a.getInt("holistic"),
                a.getBoolean("pass"),
                labels);
    }
}
