package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** A trainer's rescores through the API, as a test needs them: started, then followed to their end. */
public final class Rescores {

    private Rescores() {}

    public static Api.Reply start(Api api, String slug, int version, String reason) {
        return api.postJson(
                "/api/scenarios/" + slug + "/rescore",
                "trainer",
                Json.createObjectBuilder()
                        .add("version", version)
                        .add("reason", reason)
                        .build()
                        .toString());
    }

    /** The rescore at this address, once it is no longer running (it goes on after the request that started it). */
    public static JsonObject ended(Api api, String location) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject rescore = followed(api, location);
            if (!rescore.getString("status").equals("RUNNING")) {
                return rescore;
            }
            assertThat(Instant.now()).as("the rescore ends: " + rescore).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    /** The rescore at this address now. */
    public static JsonObject followed(Api api, String location) {
        Api.Reply reply = api.get(location, "trainer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }
}
