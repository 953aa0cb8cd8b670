package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A published scenario of a test's own: a library scenario's pack imported under a new slug, titled after it, so that
 * figures and queues filtered by it hold nothing another test made.
 */
public final class ScenarioCopies {

    private ScenarioCopies() {}

    /** The new scenario's slug: {@code name}, made unique. */
    public static String publishedCopy(Api api, String library, String name) {
        String slug = name + "-" + System.nanoTime();
        JsonObject pack =
                api.get("/api/scenarios/" + library + "/pack", "trainer").json().asJsonObject();
        JsonObject scenario = pack.getJsonObject("scenario");
        String renamed = Json.createObjectBuilder(pack)
                .add("scenario", Json.createObjectBuilder(scenario).add("title", "Copy: " + slug))
                .build()
                .toString();
        Api.Reply imported = api.postJson("/api/scenarios/import?slug=" + slug, "trainer", renamed);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        assertThat(published.status()).as(published.toString()).isIn(200, 201);
        return slug;
    }
}
