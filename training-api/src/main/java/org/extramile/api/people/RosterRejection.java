package org.extramile.api.people;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.extramile.people.ImportReport;
import org.extramile.people.roster.RejectedRow;
import org.extramile.people.roster.RowProblem;

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
        List<Rejected> rejected,
        boolean dryRun,
        boolean written) {

    static final int STATUS = 422;

    /** A rejected row: its reasons as sentences, and the same with the column each concerns. */
    @JsonbPropertyOrder({"line", "employeeNumber", "reasons", "problems"})
    public record Rejected(long line, String employeeNumber, List<String> reasons, List<RowProblem> problems) {

        static Rejected of(RejectedRow row) {
            return new Rejected(row.line(), row.employeeNumber(), row.reasons(), row.problems());
        }
    }

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
                report.rejected().stream().map(Rejected::of).toList(),
                report.dryRun(),
                report.written());
    }
}
