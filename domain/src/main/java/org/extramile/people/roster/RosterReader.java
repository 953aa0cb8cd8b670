package org.extramile.people.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * Reads a roster: UTF-8 with or without a byte order mark, a header row, fields separated by
 * commas or semicolons (whichever the header uses more of), quoted as RFC 4180 says (a quoted field
 * may hold the delimiter, doubled quotes and line breaks). A file that cannot be read as a roster at
 * all (not UTF-8, no header, unknown or missing columns, broken quoting) is refused before any row.
 */
public final class RosterReader {

    public static final int MAX_ROWS = 50_000;

    private static final char BOM = '\uFEFF';

    private RosterReader() {}

    public static RosterFile read(byte[] body) {
        String text = decode(body);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw invalid("The roster is empty: send a header row, then one row per person.");
        }
        char delimiter = delimiterOf(firstLine(text));
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                // Blank lines are kept (and skipped below) so that line numbers stay physical.
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<RosterColumn> columns = header(records.next());
            List<RosterRow> rows = new ArrayList<>();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw invalid("The roster has more than " + MAX_ROWS + " rows: split it into smaller files.");
                }
                rows.add(row(line, columns, record));
            }
            return new RosterFile(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException broken) {
            // Commons CSV reports broken quoting this way, with the line in its message.
            throw invalid("The roster's quoting is broken: " + broken.getMessage()
                    + ". A field with a quote, a delimiter or a line break must be wrapped in double quotes,"
                    + " and a quote inside it doubled.");
        }
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("The roster is not UTF-8 text: save it as 'CSV UTF-8' and send it again.");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The delimiter the header uses most, outside quotes; a comma when it has neither. */
    static char delimiterOf(String header) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<RosterColumn> header(CSVRecord record) {
        List<RosterColumn> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String name : record) {
            Optional<RosterColumn> column = RosterColumn.named(name.strip());
            if (column.isEmpty()) {
                unknown.add("'" + name.strip() + "'");
            } else if (columns.contains(column.get())) {
                repeated.add("'" + name.strip() + "'");
            }
            columns.add(column.orElse(null));
        }
        List<String> missing = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !columns.contains(column)) {
                missing.add(column.header());
            }
        }
        List<Violation> violations = new ArrayList<>();
        if (!missing.isEmpty()) {
            violations.add(new Violation(
                    "/header", "The header lacks the column(s) " + String.join(", ", missing) + "." + expected()));
        }
        if (!unknown.isEmpty()) {
            violations.add(new Violation(
                    "/header", "The header has unknown column(s) " + String.join(", ", unknown) + "." + expected()));
        }
        if (!repeated.isEmpty()) {
            violations.add(new Violation("/header", "The header repeats " + String.join(", ", repeated) + "."));
        }
        InvalidException.throwIfAny(violations);
        return columns;
    }

    private static String expected() {
        return " The columns are "
                + java.util.Arrays.stream(RosterColumn.values())
                        .map(c -> c.required() ? c.header() : "[" + c.header() + "]")
                        .collect(Collectors.joining(","))
                + " (line 1), matched ignoring case.";
    }

    private static RosterRow row(long line, List<RosterColumn> columns, CSVRecord record) {
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
            values.put(columns.get(i), record.get(i).strip());
        }
        return new RosterRow(line, values, record.size());
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static InvalidException invalid(String message) {
        return new InvalidException(List.of(new Violation("", message)));
    }
}
