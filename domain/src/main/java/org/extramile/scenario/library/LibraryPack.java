package org.extramile.scenario.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The scenario packs that ship with ExtraMile, as resources under {@code library/}. */
public final class LibraryPack {

    /** The seeded scenarios, in catalogue order. */
    public static final List<String> SLUGS = List.of(
            "free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink", "mixed-up-order", "genuine-welcome");

    private LibraryPack() {}

    /** The pack's JSON document. */
    public static String document(String slug) {
        String resource = "library/" + slug + ".json";
        try (InputStream in = LibraryPack.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The library pack " + resource + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
