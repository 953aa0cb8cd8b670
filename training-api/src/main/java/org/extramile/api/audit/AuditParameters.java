package org.extramile.api.audit;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.extramile.api.QueryParameters;
import org.extramile.api.openapi.Described;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditQuery;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** The audit log's filter, as query parameters, read strictly (a bad one is a 400 naming it). */
public class AuditParameters {

    @Described("One action, e.g. RECORDS_EXPORT.")
    @QueryParam("action")
    String action;

    @Described("Who did it: a username.")
    @QueryParam("actor")
    String actor;

    @Described("Whom it was about: a username or an employee number.")
    @QueryParam("person")
    String person;

    @Described("On or after: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z).")
    @QueryParam("from")
    String from;

    @Described(
            "Before: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z); a date includes its day.")
    @QueryParam("to")
    String to;

    AuditQuery query() {
        return new AuditQuery(
                action(action),
                actor,
                person,
                QueryParameters.instant("from", from, false),
                QueryParameters.instant("to", to, true));
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
