package org.extramile.records;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON written as it goes: one array of record objects, or (NDJSON) one object a line. Scores are an object of
 * scenario slug to share, complete whatever the program requires now.
 */
final class JsonRecords implements RecordSink {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private final Writer out;
    private final boolean lines;
    private final JsonGenerator array;

    JsonRecords(OutputStream out, boolean lines) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.lines = lines;
        this.array = lines ? null : GENERATORS.createGenerator(this.out);
        if (array != null) {
            array.writeStartArray();
        }
    }

    @Override
    public void write(CertificationRecord r) {
        if (lines) {
            StringWriter line = new StringWriter(512);
            try (JsonGenerator generator = GENERATORS.createGenerator(line)) {
                object(generator, r);
            }
            try {
                out.write(line.toString());
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            object(array, r);
        }
    }

    @Override
    public void finish() {
        if (array != null) {
            array.writeEnd();
            array.flush();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void object(JsonGenerator g, CertificationRecord r) {
        g.writeStartObject();
        text(g, "employeeNumber", r.employeeNumber());
        text(g, "name", r.name());
        text(g, "email", r.email());
        text(g, "branch", r.branch());
        text(g, "program", r.program());
        text(g, "programTitle", r.programTitle());
        g.write("serial", r.serial());
        g.write("status", r.status());
        g.write("issuedAt", r.issuedAt().toString());
        g.write("expiresAt", r.expiresAt().toString());
        g.write("overallScore", Columns.round(r.overallScore()));
        g.writeStartObject("scores");
        r.scores().forEach((scenario, share) -> g.write(scenario, Columns.round(share)));
        g.writeEnd();
        g.write("verificationUrl", r.verificationUrl());
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }
}
