package org.extramile.api.records;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.extramile.api.QueryParameters;
import org.extramile.api.openapi.Described;
import org.extramile.records.RecordFilter;
import org.extramile.records.RecordStatus;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** The filters of every records export, as query parameters, read strictly (a bad one is a 400 naming it). */
public class RecordQueryParameters {

    @Described(
            "Issued (or, for attempts, started) on or after: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z).")
    @QueryParam("from")
    String from;

    @Described(
            "Issued (or started) before: a date (2026-11-22, its start in UTC) or an instant (2026-11-22T10:00:00Z); a date includes its day.")
    @QueryParam("to")
    String to;

    @Described("The program's slug.")
    @QueryParam("program")
    String program;

    @Described("The holder's branch code.")
    @QueryParam("branch")
    String branch;

    @Described(
            "Certificates only: valid, expired, revoked, superseded or expiring (see within). Refused by the exports of attempts.")
    @QueryParam("status")
    String status;

    @Described("With status=expiring: expiring within this many days, 30 by default.")
    @QueryParam("within")
    String within;

    @Described("The holder's employee number.")
    @QueryParam("employee")
    String employee;

    /** The filter of the exports that cover attempts (xAPI, attempts): no status, which is a certificate's. */
    RecordFilter xapiFilter() {
        if (status != null && !status.isBlank()) {
            throw new InvalidException(List.of(new Violation(
                    "/status", "'status' filters certificates only; this export covers attempts: leave it out.")));
        }
        return filter();
    }

    RecordFilter filter() {
        return new RecordFilter(
                QueryParameters.instant("from", from, false),
                QueryParameters.instant("to", to, true),
                program,
                branch,
                RecordStatus.parse(status),
                QueryParameters.integer("within", within),
                employee);
    }
}
