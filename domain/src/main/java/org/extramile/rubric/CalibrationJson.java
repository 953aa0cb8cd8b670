package org.extramile.rubric;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionModel;
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
                            .add("labels", model.labels()));
        });
        return Json.createObjectBuilder()
                .add("rubric", calibration.rubricId())
                .add("labels", calibration.labels())
                .add("models", models)
                .add("clauses", calibration.clauses().toJson())
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
                            model.getInt("labels")));
        });
        return new Calibration(
                stored.getString("rubric"),
                models,
                LabelledClauses.fromJson(stored.getJsonObject("clauses")),
                stored.getInt("labels"));
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
}
