package it.support;

import jakarta.json.JsonObject;
import java.util.List;

/** Who HR's late list names for a program, as the API answers it. */
public final class LateLists {

    private LateLists() {}

    /** How many are late with the program. */
    public static long total(Api api, String program) {
        return api.get("/api/records/late?program=" + program, "hr")
                .json()
                .asJsonObject()
                .getJsonNumber("total")
                .longValue();
    }

    /** The usernames of everyone late with the program (up to 200). */
    public static List<String> usernames(Api api, String program) {
        return api
                .get("/api/records/late?program=" + program + "&size=200", "hr")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getString("username"))
                .toList();
    }
}
