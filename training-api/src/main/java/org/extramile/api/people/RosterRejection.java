package org.extramile.api.people;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.extramile.people.ImportReport;
import org.extramile.people.roster.RejectedRow;

/**
 * A roster refused because of rejected rows: a problem (RFC 9457) that carries the import report as
 * extension members, so a client reads the same fields as in a successful report.
 */
@JsonbPropertyOrder({
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "rows",
    "created",
    "updated",
    "unchanged",
    "rejected",
    "dryRun",
    "written"
})
public record RosterRejection(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        int rows,
        int created,
        int updated,
        int unchanged,
        List<RejectedRow> rejected,
        boolean dryRun,
        boolean written) {

    static final int STATUS = 422;

    static RosterRejection of(ImportReport report, String instance) {
        int count = report.rejected().size();
        String detail = count + " of " + report.rows() + (report.rows() == 1 ? " row is" : " rows are")
                + " rejected, listed by line number (the header is line 1) with their reasons;"
                + " nothing was written. Correct them and send the whole roster again.";
        return new RosterRejection(
                "https://extramile.org/problems/roster-rejected",
                "Unprocessable Content",
                STATUS,
                detail,
                instance,
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.rejected(),
                report.dryRun(),
                report.written());
    }
}
