package org.extramile.scoring.quality;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.LevelSpec;
import org.extramile.scoring.ScoringRubric;

/** Reads the rubric of a scenario pack (library/&lt;slug&gt;.json) into the scorer's port. */
final class PackRubric {

    private PackRubric() {}

    /** The pack's rubric, or empty when the resource is missing or has no rubric yet. */
    static Optional<ScoringRubric> load(String resource) {
        try (InputStream in = PackRubric.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject pack = reader.readObject();
                JsonObject rubric = pack.getJsonObject("rubric");
                if (rubric == null || !rubric.containsKey("criteria")) {
                    return Optional.empty();
                }
                String slug = pack.getJsonObject("scenario").getString("slug");
                List<CriterionSpec> criteria = rubric.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                        .map(PackRubric::criterion)
                        .toList();
                return Optional.of(new ScoringRubric(slug + "@pack", criteria));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static CriterionSpec criterion(JsonObject c) {
        JsonObject evidence = c.containsKey("evidence")
                ? c.getJsonObject("evidence")
                : Json.createObjectBuilder().build();
        List<LevelSpec> levels = c.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> new LevelSpec(l.getString("name"), l.getInt("points"), strings(l, "indicators")))
                .toList();
        List<List<String>> synonyms = evidence.containsKey("synonyms")
                ? evidence.getJsonArray("synonyms").getValuesAs(JsonArray.class).stream()
                        .map(PackRubric::strings)
                        .toList()
                : List.of();
        return new CriterionSpec(
                c.getString("key"),
                c.getString("title", c.getString("key")),
                CriterionKind.valueOf(c.getString("kind", "SCORED")),
                strings(c.getJsonArray("steps")),
                levels,
                strings(evidence, "indicators"),
                synonyms,
                strings(evidence, "exemplars"),
                strings(evidence, "counterExamples"));
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? strings(o.getJsonArray(key)) : List.of();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
