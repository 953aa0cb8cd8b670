package org.extramile.scenario.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.extramile.shared.Violation;

/** The published JSON Schema of scenario packs, and validation against it with JSON pointers. */
public final class PackSchema {

    public static final String RESOURCE = "schemas/scenario-pack.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();
    private static final java.util.Set<String> FIELD_TYPES = java.util.Set.of("additionalProperties", "required");

    private PackSchema() {}

    /** The schema's text, as served to people writing packs. */
    public static String text() {
        try (InputStream in = resource()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the document breaks the schema; a document that is not JSON at all is one violation. */
    public static List<Violation> violations(String document) {
        JsonNode node;
        try {
            node = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            return List.of(new Violation("", "The pack is not valid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return List.of(new Violation("", "The pack is empty."));
        }
        return SCHEMA.validate(node).stream()
                .map(PackSchema::violation)
                .sorted(Comparator.comparing(Violation::pointer))
                .toList();
    }

    private static Violation violation(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        String text = message.getMessage();
        if (text.startsWith(at + ": ")) {
            text = text.substring(at.length() + 2);
        }
        // An unknown or a missing field is pointed at by its own name, not by the object that holds it.
        if (FIELD_TYPES.contains(message.getType()) && message.getProperty() != null) {
            at = Violation.pointer(at, message.getProperty());
        }
        return new Violation(at, text);
    }

    private static JsonSchema load() {
        try (InputStream in = resource()) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource() {
        InputStream in = PackSchema.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build.");
        }
        return in;
    }
}
