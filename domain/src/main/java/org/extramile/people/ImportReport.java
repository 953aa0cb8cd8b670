package org.extramile.people;

import java.io.Serializable;
import java.util.List;
import org.extramile.people.roster.RejectedRow;

/**
 * What a roster import did, or would do: rows read, people created, updated and unchanged, every
 * rejected row, whether it was a dry run and whether anything was written (never, when a row is
 * rejected). {@code note} says how new people log in.
 */
public record ImportReport(
        int rows,
        int created,
        int updated,
        int unchanged,
        List<RejectedRow> rejected,
        boolean dryRun,
        boolean written,
        String note)
        implements Serializable {

    static final String NEW_PEOPLE_LOG_IN =
            "People created from a roster have no password: where mail is set up, mail each a link to choose one"
                    + " with POST /api/people/invitations?delivery=mail; else issue each a one-time password with"
                    + " POST /api/people/{employeeNumber}/invitation when they start.";

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean accepted() {
        return rejected.isEmpty();
    }
}
