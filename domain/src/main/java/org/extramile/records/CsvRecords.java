package org.extramile.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with a header row; fields quoted only where they must be. */
final class CsvRecords implements RecordSink {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;
    private final List<String> scenarios;
    private final Object[] fields;

    CsvRecords(OutputStream out, List<String> scenarios, boolean bom) {
        this.scenarios = scenarios;
        List<String> header = Columns.header(scenarios);
        this.fields = new Object[header.size()];
        printer = printer(out, header, bom);
    }

    /** A printer of these conventions, its header row written; {@code bom}: a byte order mark first, for Excel. */
    static CSVPrinter printer(OutputStream out, List<String> header, boolean bom) {
        try {
            if (bom) {
                out.write(BOM);
            }
            return new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(CertificationRecord r) {
        int i = 0;
        fields[i++] = Columns.inert(r.employeeNumber());
        fields[i++] = Columns.inert(r.name());
        fields[i++] = Columns.inert(r.email());
        fields[i++] = Columns.inert(r.branch());
        fields[i++] = r.program();
        fields[i++] = Columns.inert(r.programTitle());
        fields[i++] = r.serial();
        fields[i++] = r.status();
        fields[i++] = r.issuedAt();
        fields[i++] = r.expiresAt();
        fields[i++] = Columns.round(r.overallScore());
        for (String scenario : scenarios) {
            Double share = r.scores().get(scenario);
            fields[i++] = share == null ? null : Columns.round(share);
        }
        fields[i++] = Columns.otherScores(r.scores(), scenarios);
        fields[i] = r.verificationUrl();
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
