package org.extramile.api.records;

import jakarta.ws.rs.QueryParam;
import org.extramile.api.QueryParameters;
import org.extramile.records.RecordFilter;
import org.extramile.records.RecordStatus;

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
