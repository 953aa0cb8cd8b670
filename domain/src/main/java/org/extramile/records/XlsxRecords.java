package org.extramile.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook written as a stream (fastexcel): rows go out every {@link #FLUSH_EVERY} rows, so memory holds a page
 * of rows, never the sheet. A sheet holds at most a million rows; more continue on the next sheet, header repeated.
 * Dates are date cells in UTC; scores are numbers.
 */
final class XlsxRecords implements RecordSink {

    static final int FLUSH_EVERY = 500;
    static final int ROWS_PER_SHEET = 1_000_000;
    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final List<String> scenarios;
    private final List<String> header;
    private Worksheet sheet;
    private int sheets;
    private int row;

    XlsxRecords(OutputStream out, List<String> scenarios) {
        this.workbook = new Workbook(out, "ExtraMile", "1.0");
        this.scenarios = scenarios;
        this.header = Columns.header(scenarios);
        nextSheet();
    }

    @Override
    public void write(CertificationRecord r) {
        if (row > ROWS_PER_SHEET) {
            nextSheet();
        }
        int c = 0;
        text(c++, r.employeeNumber());
        text(c++, r.name());
        text(c++, r.email());
        text(c++, r.branch());
        text(c++, r.program());
        text(c++, r.programTitle());
        text(c++, r.serial());
        text(c++, r.status());
        date(c++, r.issuedAt());
        date(c++, r.expiresAt());
        sheet.value(row, c++, Columns.round(r.overallScore()));
        for (String scenario : scenarios) {
            Double share = r.scores().get(scenario);
            if (share != null) {
                sheet.value(row, c, Columns.round(share));
            }
            c++;
        }
        text(c++, Columns.otherScores(r.scores(), scenarios));
        text(c, r.verificationUrl());
        row++;
        if (row % FLUSH_EVERY == 0) {
            flush();
        }
    }

    @Override
    public void finish() {
        try {
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nextSheet() {
        try {
            if (sheet != null) {
                sheet.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? "Certificates" : "Certificates " + sheets);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.style(0, 0).bold().set();
        row = 1;
    }

    private void text(int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, value);
        }
    }

    private void date(int column, Instant value) {
        sheet.value(row, column, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        sheet.style(row, column).format(DATE_FORMAT).set();
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
