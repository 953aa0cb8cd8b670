package it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.stream.Stream;

/** Reading a score card as the API gives it. */
public final class ScoreCards {

    private ScoreCards() {}

    /** Every verdict of the card: its criteria, then its penalties. */
    public static Stream<JsonObject> verdicts(JsonObject card) {
        return Stream.concat(
                card.getJsonArray("criteria").getValuesAs(JsonObject.class).stream(),
                card.getJsonArray("penalties").getValuesAs(JsonObject.class).stream());
    }

    /** A review's body that sets every level as the card has it: the trainer confirms the scorer. */
    public static String confirming(JsonObject card) {
        var levels = Json.createObjectBuilder();
        verdicts(card).forEach(score -> levels.add(score.getString("key"), score.getString("level")));
        return Json.createObjectBuilder().add("levels", levels).build().toString();
    }
}
