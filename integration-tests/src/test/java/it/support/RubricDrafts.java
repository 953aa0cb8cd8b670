package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * A scenario's next rubric version, for tests that need one (a rescore, a calibration): publishing adds a version only
 * when the draft changed, so its first criterion's description, which scores nothing, is reworded first.
 */
public final class RubricDrafts {

    private RubricDrafts() {}

    /** The number of the version published. */
    public static int publishNext(Api api, String slug) {
        reword(api, slug);
        Api.Reply published = api.postJson("/api/scenarios/" + slug + "/rubric/publish", "trainer", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        return published.json().asJsonObject().getInt("number");
    }

    /** Changes the draft in a way that scores nothing differently. */
    public static void reword(Api api, String slug) {
        JsonObject draft =
                api.get("/api/scenarios/" + slug + "/rubric", "trainer").json().asJsonObject();
        JsonArrayBuilder criteria = Json.createArrayBuilder(draft.getJsonArray("criteria"));
        JsonObject first = draft.getJsonArray("criteria").getJsonObject(0);
        criteria.set(
                0,
                Json.createObjectBuilder(first)
                        .add("description", first.getString("description") + " (Reworded " + System.nanoTime() + ".)"));
        Api.Reply saved = api.putJson(
                "/api/scenarios/" + slug + "/rubric",
                "trainer",
                Json.createObjectBuilder()
                        .add("version", draft.getJsonNumber("version"))
                        .add("criteria", criteria)
                        .build()
                        .toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
