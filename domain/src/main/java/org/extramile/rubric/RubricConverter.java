package org.extramile.rubric;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.extramile.shared.JsonDocuments;

/** A rubric is stored whole, as a JSON document. */
@Converter
public class RubricConverter implements AttributeConverter<Rubric, String> {

    @Override
    public String convertToDatabaseColumn(Rubric rubric) {
        return JsonDocuments.write(rubric);
    }

    @Override
    public Rubric convertToEntityAttribute(String json) {
        return JsonDocuments.read(json, Rubric.class);
    }
}
