package org.extramile.api.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.records.LateList;
import org.extramile.records.LateTrainees;
import org.extramile.records.RecordFormat;
import org.extramile.records.RecordScope;
import org.extramile.records.RecordsExport;
import org.extramile.shared.PageRequest;

/**
 * Certification records, one row per certificate, in the format the Accept header asks for (CSV when it asks for
 * anything). The filters are checked before the first byte, so a bad one is a 400; rows are then streamed.
 */
@Path("records")
@RequestScoped
@RolesAllowed({"HR", "ADMIN"})
@Tag(name = "Records", description = "HR's exports of certification records, streamed and audited.")
public class RecordsResource {

    public static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NDJSON = "application/x-ndjson";
    static final String ZIP = "application/zip";

    @Inject
    RecordsExport export;

    @Inject
    Clock clock;

    @Inject
    LateTrainees lateTrainees;

    @Context
    SecurityContext security;

    @GET
    @Produces(CSV + ";qs=1")
    @Operation(
            summary = "Certification records as RFC 4180 CSV (UTF-8, header row; bom=true adds a byte order mark for"
                    + " Excel). Filters: from, to (issue dates or instants), program (slug), branch (code), status"
                    + " (valid, expired, revoked, superseded, expiring with within=days, 30 by default), employee"
                    + " (number). Identity columns are the holder's as of now; name, program and scores as issued.")
    public Response csv(@BeanParam RecordQueryParameters query, @QueryParam("bom") String bom) {
        return records(query, RecordFormat.CSV, Boolean.TRUE.equals(QueryParameters.bool("bom", bom)));
    }

    @GET
    @Produces(XLSX + ";qs=0.9")
    @Operation(summary = "Certification records as an XLSX workbook, written as a stream; the same filters.")
    public Response xlsx(@BeanParam RecordQueryParameters query) {
        return records(query, RecordFormat.XLSX, false);
    }

    @GET
    @Produces("application/json;qs=0.9")
    @Operation(summary = "Certification records as one JSON array, written as a stream; the same filters.")
    public Response json(@BeanParam RecordQueryParameters query) {
        return records(query, RecordFormat.JSON, false);
    }

    @GET
    @Produces(NDJSON + ";qs=0.9")
    @Operation(summary = "Certification records as NDJSON, one object a line; the same filters.")
    public Response ndjson(@BeanParam RecordQueryParameters query) {
        return records(query, RecordFormat.NDJSON, false);
    }

    @GET
    @Produces(ZIP + ";qs=0.5")
    @Operation(
            summary = "The certificates' PDFs as issued, one ZIP entry per certificate named by serial; the same"
                    + " filters. Also at /api/records/pdfs.zip.")
    public Response pdfs(@BeanParam RecordQueryParameters query) {
        return zip(query);
    }

    @GET
    @Path("pdfs.zip")
    @Produces(ZIP)
    @Operation(summary = "The certificates' PDFs as issued, one ZIP entry per certificate named by serial.")
    public Response pdfsZip(@BeanParam RecordQueryParameters query) {
        return zip(query);
    }

    @GET
    @Path("xapi")
    @Produces("application/json")
    @Operation(
            summary = "The records as xAPI 1.0.3 statements (one JSON array): passed on the program per certificate;"
                    + " attempted, completed, passed or failed per attempt, with scores and each criterion's level."
                    + " Filters: from, to (certificates' issue, attempts' start), program, branch, employee.")
    public Response xapi(@BeanParam RecordQueryParameters query) {
        RecordScope scope = export.scope(query.xapiFilter());
        String actor = actor();
        return download(out -> export.xapi(scope, out, actor), "application/json", "xapi-statements", "json");
    }

    @GET
    @Path("attempts")
    @Produces(CSV)
    @Operation(
            summary = "Attempts for training analysis, as CSV in long form: a row per attempt, step and criterion (or"
                    + " penalty) with its level, points and whether it was met, the trainee's branch now and the one"
                    + " they played at (played_at_branch). Filters: from, to (attempts' start), program (its"
                    + " scenarios), branch (the trainee's now), employee.")
    public Response attempts(@BeanParam RecordQueryParameters query) {
        RecordScope scope = export.scope(query.xapiFilter());
        String actor = actor();
        return download(out -> export.attempts(scope, out, actor), CSV + "; charset=UTF-8", "attempt-records", "csv");
    }

    @GET
    @Path("late")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Active trainees late with a program that must be first earned within its dueDays of hire"
                    + " (of dueSince, the day the deadline was set, for those hired before it): past that day, or the"
                    + " later one HR extended it to, and never held one of its certificates, longest late first."
                    + " program (slug) is required; branch (code) narrows it to one branch; page, size.")
    public LateList late(
            @QueryParam("program") String program,
            @QueryParam("branch") String branch,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return lateTrainees.of(
                program(program),
                branch,
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @GET
    @Path("late")
    @Produces(CSV + ";qs=0.5")
    @Operation(
            summary = "The same trainees as CSV, all of them (program, employee_number, username, name, email,"
                    + " branch, hire_date, due_by, days_late), audited; also with format=csv. bom=true adds a byte"
                    + " order mark for Excel.")
    public Response lateCsv(
            @QueryParam("program") String program, @QueryParam("branch") String branch, @QueryParam("bom") String bom) {
        String slug = program(program);
        String code = branch == null || branch.isBlank() ? null : branch.strip();
        boolean withBom = Boolean.TRUE.equals(QueryParameters.bool("bom", bom));
        lateTrainees.dueDays(slug);
        String actor = actor();
        return download(
                out -> export.late(slug, code, out, withBom, actor), CSV + "; charset=UTF-8", "late-" + slug, "csv");
    }

    private static String program(String program) {
        if (program == null || program.isBlank()) {
            throw QueryParameters.invalid("program", "Say which program: 'program' is its slug, e.g. cx-essentials.");
        }
        return program.strip();
    }

    private Response records(RecordQueryParameters query, RecordFormat format, boolean bom) {
        RecordScope scope = export.scope(query.filter());
        String actor = actor();
        StreamingOutput body = out -> export.write(scope, format, bom, out, actor);
        String type = format == RecordFormat.CSV || format == RecordFormat.NDJSON
                ? format.mediaType() + "; charset=UTF-8"
                : format.mediaType();
        return download(body, type, "certification-records", format.extension());
    }

    private Response zip(RecordQueryParameters query) {
        RecordScope scope = export.scope(query.filter());
        String actor = actor();
        return download(out -> export.pdfs(scope, out, actor), ZIP, "certificates", "zip");
    }

    private Response download(StreamingOutput body, String type, String name, String extension) {
        String file = name + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "." + extension;
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
