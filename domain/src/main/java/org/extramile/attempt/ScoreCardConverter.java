package org.extramile.attempt;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.JsonDocuments;

/** A score card is stored whole, as a JSON document: it is written once and read whole. */
@Converter
public class ScoreCardConverter implements AttributeConverter<ScoreCard, String> {

    @Override
    public String convertToDatabaseColumn(ScoreCard card) {
        return JsonDocuments.write(card);
    }

    @Override
    public ScoreCard convertToEntityAttribute(String json) {
        return JsonDocuments.read(json, ScoreCard.class);
    }

    /** A stored card, as {@link ScoreCard#erased()}: for cards the entity manager holds immutable. */
    public static String erased(Object json) {
        return JsonDocuments.write(
                JsonDocuments.read((String) json, ScoreCard.class).erased());
    }
}
