package it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The body of {@code PUT /api/scenarios/{slug}}: a scenario as read, with a new title and steps. */
public final class ScenarioEdits {

    private ScenarioEdits() {}

    public static String of(JsonObject scenario, long version, String title, JsonArray steps) {
        JsonObjectBuilder edit = Json.createObjectBuilder()
                .add("version", version)
                .add("title", title)
                .add("summary", scenario.getString("summary"))
                .add("passMark", scenario.getJsonNumber("passMark").doubleValue())
                .add(
                        "script",
                        Json.createObjectBuilder()
                                .add("situation", scenario.getJsonObject("situation"))
                                .add("persona", scenario.getJsonObject("persona"))
                                .add("steps", steps));
        JsonValue story = scenario.get("sourceStory");
        if (story != null && story.getValueType() == JsonValue.ValueType.STRING) {
            edit.add("sourceStory", story);
        }
        return edit.build().toString();
    }
}
