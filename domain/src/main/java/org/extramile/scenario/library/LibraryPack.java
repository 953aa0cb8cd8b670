package org.extramile.scenario.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scenario.pack.ScenarioPacks;

/** The scenario packs that ship with ExtraMile, as resources under {@code library/}. */
public final class LibraryPack {

    /** The seeded scenarios, in catalogue order. */
    public static final List<String> SLUGS = List.of(
            "free-upgrade", "fetch-from-another-branch", "buy-the-missing-drink", "mixed-up-order", "genuine-welcome");

    private LibraryPack() {}

    /** The SHA-256 of the pack's document, in hex: what tells one edition of the pack from the next. */
    public static String digest(String slug) {
        return DIGESTS.computeIfAbsent(slug, LibraryPack::sha256);
    }

    /** The pack read and checked, as an import reads it. */
    public static ScenarioPack pack(String slug) {
        return PACKS.computeIfAbsent(slug, s -> ScenarioPacks.read(document(s)));
    }

    /** The packs are resources of the build: they and their digests never change while it runs. */
    private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

    private static final Map<String, ScenarioPack> PACKS = new ConcurrentHashMap<>();

    private static String sha256(String slug) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(document(slug).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256.", e);
        }
    }

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
