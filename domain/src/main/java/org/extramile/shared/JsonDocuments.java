package org.extramile.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/** JSON-B for the documents the domain stores as JSON (scripts, rubrics, packs). */
public final class JsonDocuments {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    private JsonDocuments() {}

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw new IllegalStateException("Stored JSON does not read as " + type.getSimpleName(), e);
        }
    }
}
