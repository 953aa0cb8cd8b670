package org.extramile.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditEventView;
import org.extramile.audit.AuditQuery;
import org.extramile.people.AuditTrail;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"HR", "ADMIN"})
@Tag(name = "Audit", description = "Who exported or imported people's data, when, with which parameters.")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(
            summary = "The audit log, newest first: optionally one action, one actor (who did it: a username), one"
                    + " person (whom it was about: a username or employee number), from (inclusive) and to"
                    + " (exclusive; a date includes its day), as dates or instants; paged (page from 0, size up to"
                    + " 200).")
    public Page<AuditEventView> search(
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("person") String person,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return trail.search(
                new AuditQuery(
                        action(action),
                        actor,
                        person,
                        QueryParameters.instant("from", from, false),
                        QueryParameters.instant("to", to, true)),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    private static AuditAction action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidException(List.of(new Violation(
                    "/action",
                    "'action' is one of " + Arrays.toString(AuditAction.values()) + ", not '" + name + "'.")));
        }
    }
}
