package org.extramile.records;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few fields of a certificate's stored snapshot an export needs, picked out with a streaming parser: binding the
 * whole snapshot (issuer, description, criteria) for each of a million rows would cost more than the rest of the
 * export together.
 */
record SnapshotFields(
        String holderName,
        String employeeNumber,
        String programSlug,
        String programTitle,
        double overallScore,
        Map<String, Double> scores) {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    static SnapshotFields read(String json) {
        String holder = null;
        String employee = null;
        String program = null;
        String title = null;
        double overall = 0;
        Map<String, Double> scores = new LinkedHashMap<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            parser.next();
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                Event value = parser.next();
                switch (key) {
                    case "holderName" -> holder = text(parser, value);
                    case "employeeNumber" -> employee = text(parser, value);
                    case "programSlug" -> program = text(parser, value);
                    case "programTitle" -> title = text(parser, value);
                    case "overallScore" -> overall = parser.getBigDecimal().doubleValue();
                    case "results" -> readResults(parser, scores);
                    default -> skip(parser, value);
                }
            }
        }
        return new SnapshotFields(holder, employee, program, title, overall, scores);
    }

    private static void readResults(JsonParser parser, Map<String, Double> scores) {
        for (Event item = parser.next(); item != Event.END_ARRAY; item = parser.next()) {
            String scenario = null;
            double share = 0;
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                Event value = parser.next();
                switch (key) {
                    case "scenario" -> scenario = text(parser, value);
                    case "share" -> share = parser.getBigDecimal().doubleValue();
                    default -> skip(parser, value);
                }
            }
            scores.put(scenario, share);
        }
    }

    private static String text(JsonParser parser, Event value) {
        return value == Event.VALUE_NULL ? null : parser.getString();
    }

    /** Skips a value; an object or an array down to its end. */
    private static void skip(JsonParser parser, Event value) {
        if (value != Event.START_OBJECT && value != Event.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {}
            }
        }
    }
}
