package org.extramile.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.audit.AuditQuery;
import org.extramile.shared.JsonDocuments;

/**
 * HR's exports, written as they are read and audited once written: the audit row (who, format, filters, rows) is
 * recorded in its own transaction after the last row went out. An export that breaks off (the client went away, the
 * database failed) is audited too, as {@code aborted} with the rows written until then, and the failure rethrown.
 */
@ApplicationScoped
public class RecordsExport {

    static final List<String> AUDIT_HEADER = List.of("at", "actor", "action", "rows", "details");

    @Inject
    CertificationRecords records;

    @Inject
    XapiRecords xapi;

    @Inject
    AttemptRecords attempts;

    @Inject
    LateTrainees lateTrainees;

    @Inject
    AuditLog audit;

    /** Checks a filter before anything is written, so a bad one is answered 400, not with a broken download. */
    public RecordScope scope(RecordFilter filter) {
        return records.scope(filter);
    }

    public long write(RecordScope scope, RecordFormat format, boolean bom, OutputStream out, String actor) {
        long[] rows = {0};
        Map<String, Object> details = details(scope, format.extension());
        try {
            RecordSink sink = format.open(out, scope.scenarios(), bom);
            records.each(scope, record -> {
                sink.write(record);
                rows[0]++;
            });
            sink.finish();
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.RECORDS_EXPORT, details, rows[0], e);
            throw e;
        }
        return audited(actor, AuditAction.RECORDS_EXPORT, details, rows[0]);
    }

    /** The certificates' PDFs as they were issued, one ZIP entry each, named by serial. */
    public long pdfs(RecordScope scope, OutputStream out, String actor) {
        long[] rows = {0};
        Map<String, Object> details = details(scope, "zip");
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            records.eachPdf(scope, (serial, pdf) -> {
                try {
                    zip.putNextEntry(new ZipEntry(serial + ".pdf"));
                    pdf.transferTo(zip);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            aborted(actor, AuditAction.CERTIFICATE_PDFS, details, rows[0], e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.CERTIFICATE_PDFS, details, rows[0], e);
            throw e;
        }
        return audited(actor, AuditAction.CERTIFICATE_PDFS, details, rows[0]);
    }

    /** The attempts in scope, a CSV row per attempt, step and criterion. */
    public long attempts(RecordScope scope, OutputStream out, String actor) {
        Map<String, Object> details = details(scope, "attempts-csv");
        AtomicLong rows = new AtomicLong();
        try {
            attempts.write(scope, out, rows);
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.ATTEMPTS_EXPORT, details, rows.get(), e);
            throw e;
        }
        return audited(actor, AuditAction.ATTEMPTS_EXPORT, details, rows.get());
    }

    /** The trainees late with the program (of the branch, if given), a CSV row each. */
    public long late(String program, String branch, OutputStream out, boolean bom, String actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "late-csv");
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("program", program);
        if (branch != null) {
            filters.put("branch", branch);
        }
        details.put("filters", filters);
        AtomicLong rows = new AtomicLong();
        try {
            lateTrainees.write(program, branch, out, bom, rows);
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.LATE_EXPORT, details, rows.get(), e);
            throw e;
        }
        return audited(actor, AuditAction.LATE_EXPORT, details, rows.get());
    }

    /**
     * The audit events the query selects as CSV, newest first: at, actor, action, rows, and the details as the JSON
     * they were recorded as (nothing lost, whatever the action).
     */
    public long auditLog(AuditQuery query, OutputStream out, boolean bom, String actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "audit-csv");
        details.put("filters", filters(query));
        AtomicLong rows = new AtomicLong();
        try {
            CSVPrinter csv = CsvRecords.printer(out, AUDIT_HEADER, bom);
            audit.each(query, event -> {
                try {
                    csv.printRecord(
                            event.at(),
                            Columns.inert(event.actor()),
                            event.action(),
                            event.rows(),
                            Columns.inert(JsonDocuments.write(event.details())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows.incrementAndGet();
            });
            csv.flush();
        } catch (IOException e) {
            aborted(actor, AuditAction.AUDIT_EXPORT, details, rows.get(), e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.AUDIT_EXPORT, details, rows.get(), e);
            throw e;
        }
        return audited(actor, AuditAction.AUDIT_EXPORT, details, rows.get());
    }

    private static Map<String, Object> filters(AuditQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (query.action() != null) {
            filters.put("action", query.action().name());
        }
        if (query.actor() != null) {
            filters.put("actor", query.actor());
        }
        if (query.person() != null) {
            filters.put("person", query.person());
        }
        if (query.from() != null) {
            filters.put("from", query.from().toString());
        }
        if (query.to() != null) {
            filters.put("to", query.to().toString());
        }
        return filters;
    }

    /** The records as xAPI statements, one JSON array. */
    public long xapi(RecordScope scope, OutputStream out, String actor) {
        long[] rows = {0};
        Map<String, Object> details = details(scope, "xapi");
        try {
            JsonGenerator array = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            array.writeStartArray();
            xapi.each(scope, statement -> {
                array.write(statement);
                rows[0]++;
            });
            array.writeEnd();
            array.flush();
        } catch (RuntimeException e) {
            aborted(actor, AuditAction.RECORDS_XAPI, details, rows[0], e);
            throw e;
        }
        return audited(actor, AuditAction.RECORDS_XAPI, details, rows[0]);
    }

    static Map<String, Object> details(RecordScope scope, String format) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put("filters", scope.filter().audited());
        return details;
    }

    private long audited(String actor, AuditAction action, Map<String, Object> details, long rows) {
        details.put("outcome", "complete");
        audit.record(actor, action, details, rows);
        return rows;
    }

    private void aborted(String actor, AuditAction action, Map<String, Object> details, long rows, Exception e) {
        details.put("outcome", "aborted");
        details.put("reason", e.getClass().getSimpleName());
        audit.record(actor, action, details, rows);
    }
}
