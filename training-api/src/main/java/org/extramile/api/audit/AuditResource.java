package org.extramile.api.audit;

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
import org.extramile.api.records.RecordsResource;
import org.extramile.audit.AuditEventView;
import org.extramile.audit.AuditQuery;
import org.extramile.people.AuditTrail;
import org.extramile.records.RecordsExport;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

@Path("audit")
@RequestScoped
@RolesAllowed({"HR", "ADMIN"})
@Tag(name = "Audit", description = "Who exported or imported people's data, when, with which parameters.")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    RecordsExport export;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The audit log, newest first: optionally one action, one actor (who did it: a username), one"
                    + " person (whom it was about: a username or employee number), from (inclusive) and to"
                    + " (exclusive; a date includes its day), as dates or instants; paged (page from 0, size up to"
                    + " 200).")
    public Page<AuditEventView> search(
            @BeanParam AuditParameters filter, @QueryParam("page") String page, @QueryParam("size") String size) {
        return trail.search(
                filter.query(),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @GET
    @Produces(RecordsResource.CSV + ";qs=0.5")
    @Operation(
            summary = "The same events as CSV, all of them (at, actor, action, rows, details as JSON), streamed and"
                    + " audited (AUDIT_EXPORT); also with format=csv. bom=true adds a byte order mark for Excel.")
    public Response csv(@BeanParam AuditParameters filter, @QueryParam("bom") String bom) {
        AuditQuery query = trail.resolved(filter.query());
        boolean withBom = Boolean.TRUE.equals(QueryParameters.bool("bom", bom));
        String by = security.getUserPrincipal().getName();
        StreamingOutput body = out -> export.auditLog(query, out, withBom, by);
        String file = "audit-log-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv";
        return Response.ok(body, RecordsResource.CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }
}
