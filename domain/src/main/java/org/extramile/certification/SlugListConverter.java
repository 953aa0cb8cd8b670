package org.extramile.certification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A program's scenarios in order, stored as their slugs joined by commas (a slug never holds one). */
@Converter
public class SlugListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> slugs) {
        return String.join(",", slugs);
    }

    @Override
    public List<String> convertToEntityAttribute(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
