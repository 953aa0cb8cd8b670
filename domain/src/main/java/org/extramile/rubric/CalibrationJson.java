package org.extramile.rubric;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionModel;
import org.extramile.scoring.HeldOut;
import org.extramile.scoring.LabelledClauses;

/**
 * A calibration as stored: its models' weights as JSON numbers, which carry a double's shortest exact decimal form, and
 * the labelled answers' clauses with their vectors, so a calibration read back is equal to the one written and scores
 * exactly as it did.
 */
final class CalibrationJson {

    private CalibrationJson() {}

    static String write(Calibration calibration) {
        JsonObjectBuilder models = Json.createObjectBuilder();
        new TreeMap<>(calibration.models()).forEach((criterion, model) -> {
            models.add(
                    criterion,
                    Json.createObjectBuilder()
                            .add("weights", numbers(model.weights()))
                            .add("top", numbers(model.top()))
                            .add("source", model.source().name())
                            .add("labels", model.labels())
                            .add(
                                    "heldOut",
                                    Json.createObjectBuilder()
                                            .add("agreed", model.heldOut().agreed())
                                            .add("missed", model.heldOut().missed())
                                            .add("falselyMet", model.heldOut().falselyMet())
                                            .add(
                                                    "wrong",
                                                    Json.createArrayBuilder(
                                                            model.heldOut().wrong()))));
        });
        return Json.createObjectBuilder()
                .add("rubric", calibration.rubricId())
                .add("labels", calibration.labels())
                .add("models", models)
                .add("clauses", clauses(calibration.clauses()))
                .build()
                .toString();
    }

    static Calibration read(String json) {
        JsonObject stored = Json.createReader(new StringReader(json)).readObject();
        Map<String, CriterionModel> models = new TreeMap<>();
        stored.getJsonObject("models").forEach((criterion, value) -> {
            JsonObject model = value.asJsonObject();
            models.put(
                    criterion,
                    new CriterionModel(
                            numbers(model.getJsonArray("weights")),
                            numbers(model.getJsonArray("top")),
                            CriterionModel.Source.valueOf(model.getString("source")),
                            model.getInt("labels"),
                            heldOut(model.getJsonObject("heldOut"))));
        });
        return new Calibration(
                stored.getString("rubric"), models, clauses(stored.getJsonObject("clauses")), stored.getInt("labels"));
    }

    /** Not measured in a calibration stored before held-out verdicts were counted. */
    private static HeldOut heldOut(JsonObject counts) {
        return counts == null
                ? HeldOut.NONE
                : new HeldOut(
                        counts.getInt("agreed"),
                        counts.getInt("missed"),
                        counts.getInt("falselyMet"),
                        counts.getJsonArray("wrong").getValuesAs(JsonNumber.class).stream()
                                .map(JsonNumber::intValue)
                                .toList());
    }

    private static JsonArrayBuilder numbers(double[] values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (double value : values) {
            array.add(value);
        }
        return array;
    }

    private static double[] numbers(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream()
                .mapToDouble(JsonNumber::doubleValue)
                .toArray();
    }

    /** The labelled clauses: texts, negation flags, each criterion's entries, and the vectors as Base64 floats. */
    private static JsonObject clauses(LabelledClauses clauses) {
        JsonObjectBuilder entries = Json.createObjectBuilder();
        clauses.entries()
                .forEach((key, columns) -> entries.add(
                        key,
                        Json.createObjectBuilder()
                                .add("clauses", integers(columns[0]))
                                .add("answers", integers(columns[1]))
                                .add("levels", integers(columns[2]))));
        JsonArrayBuilder negated = Json.createArrayBuilder();
        for (boolean flag : clauses.negated()) {
            negated.add(flag);
        }
        List<float[]> vectors = clauses.vectors();
        int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        ByteBuffer floats = ByteBuffer.allocate(vectors.size() * dimensions * Float.BYTES);
        vectors.forEach(vector -> {
            for (float value : vector) {
                floats.putFloat(value);
            }
        });
        return Json.createObjectBuilder()
                .add("texts", Json.createArrayBuilder(clauses.texts()))
                .add("negated", negated)
                .add("dimensions", dimensions)
                .add("vectors", Base64.getEncoder().encodeToString(floats.array()))
                .add("entries", entries)
                .build();
    }

    private static LabelledClauses clauses(JsonObject json) {
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
        Map<String, int[][]> entries = new TreeMap<>();
        json.getJsonObject("entries").forEach((key, value) -> {
            JsonObject columns = value.asJsonObject();
            entries.put(key, new int[][] {
                integers(columns.getJsonArray("clauses")),
                integers(columns.getJsonArray("answers")),
                integers(columns.getJsonArray("levels"))
            });
        });
        return LabelledClauses.of(texts, vectors, negated, entries);
    }

    private static JsonArrayBuilder integers(int[] values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private static int[] integers(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream()
                .mapToInt(JsonNumber::intValue)
                .toArray();
    }
}
