package org.extramile.scenario;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.extramile.shared.JsonDocuments;

/** A script is stored whole, as a JSON document. */
@Converter
public class ScriptConverter implements AttributeConverter<Script, String> {

    @Override
    public String convertToDatabaseColumn(Script script) {
        return JsonDocuments.write(script);
    }

    @Override
    public Script convertToEntityAttribute(String json) {
        return JsonDocuments.read(json, Script.class);
    }
}
