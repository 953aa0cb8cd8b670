package org.extramile.rubric;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionModel;

/**
 * A calibration as stored: its models' weights as JSON numbers, which carry a double's shortest exact decimal form, so
 * a calibration read back is equal to the one written and scores exactly as it did.
 */
final class CalibrationJson {

    private CalibrationJson() {}

    static String write(Calibration calibration) {
        JsonObjectBuilder models = Json.createObjectBuilder();
        new TreeMap<>(calibration.models()).forEach((criterion, model) -> {
            JsonArrayBuilder weights = Json.createArrayBuilder();
            for (double weight : model.weights()) {
                weights.add(weight);
            }
            models.add(
                    criterion,
                    Json.createObjectBuilder()
                            .add("weights", weights)
                            .add("source", model.source().name())
                            .add("labels", model.labels()));
        });
        return Json.createObjectBuilder()
                .add("rubric", calibration.rubricId())
                .add("labels", calibration.labels())
                .add("models", models)
                .build()
                .toString();
    }

    static Calibration read(String json) {
        JsonObject stored = Json.createReader(new StringReader(json)).readObject();
        Map<String, CriterionModel> models = new TreeMap<>();
        stored.getJsonObject("models").forEach((criterion, value) -> {
            JsonObject model = value.asJsonObject();
            double[] weights = model.getJsonArray("weights").getValuesAs(JsonNumber.class).stream()
                    .mapToDouble(JsonNumber::doubleValue)
                    .toArray();
            models.put(
                    criterion,
                    new CriterionModel(
                            weights, CriterionModel.Source.valueOf(model.getString("source")), model.getInt("labels")));
        });
        return new Calibration(stored.getString("rubric"), models, stored.getInt("labels"));
    }
}
