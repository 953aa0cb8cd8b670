package org.extramile.api.records;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.extramile.api.QueryParameters;
import org.extramile.records.RecordFilter;
import org.extramile.records.RecordStatus;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** The filters of every records export, as query parameters, read strictly (a bad one is a 400 naming it). */
public class RecordQueryParameters {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("program")
    String program;

    @QueryParam("branch")
    String branch;

    @QueryParam("status")
    String status;

    @QueryParam("within")
    String within;

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
