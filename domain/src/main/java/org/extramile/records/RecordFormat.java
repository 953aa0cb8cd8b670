package org.extramile.records;

import java.io.OutputStream;
import java.util.List;

/** The formats a records export is written in, with their media types and file name extensions. */
public enum RecordFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json"),
    NDJSON("application/x-ndjson", "ndjson");

    private final String mediaType;
    private final String extension;

    RecordFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format onto {@code out}; {@code bom} puts a UTF-8 byte order mark before a CSV, for Excel. */
    RecordSink open(OutputStream out, List<String> scenarios, boolean bom) {
        return switch (this) {
            case CSV -> new CsvRecords(out, scenarios, bom);
            case XLSX -> new XlsxRecords(out, scenarios);
            case JSON -> new JsonRecords(out, false);
            case NDJSON -> new JsonRecords(out, true);
        };
    }
}
