package org.extramile.scenario.library;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One scenario pack of the seeded library, as far as the catalogue needs it. */
public record LibraryPack(String slug, String title, String summary, String sourceStory) {

    /** The packs that ship with ExtraMile, in catalogue order. */
    public static final List<String> SLUGS = List.of(
            "free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink", "mixed-up-order", "genuine-welcome");

    public static LibraryPack load(String slug) {
        String resource = "library/" + slug + ".json";
        try (InputStream in = LibraryPack.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The library pack " + resource + " is missing from the build.");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject scenario = reader.readObject().getJsonObject("scenario");
                return new LibraryPack(
                        scenario.getString("slug"),
                        scenario.getString("title"),
                        scenario.getString("summary"),
                        scenario.getString("sourceStory", null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
