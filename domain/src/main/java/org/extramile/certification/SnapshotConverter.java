package org.extramile.certification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.extramile.shared.JsonDocuments;

/** A certificate's snapshot is stored whole, as a JSON document. */
@Converter
public class SnapshotConverter implements AttributeConverter<CertificateSnapshot, String> {

    @Override
    public String convertToDatabaseColumn(CertificateSnapshot snapshot) {
        return JsonDocuments.write(snapshot);
    }

    @Override
    public CertificateSnapshot convertToEntityAttribute(String json) {
        return JsonDocuments.read(json, CertificateSnapshot.class);
    }
}
