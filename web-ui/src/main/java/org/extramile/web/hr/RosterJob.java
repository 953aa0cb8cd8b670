package org.extramile.web.hr;

import java.util.List;
import org.extramile.people.ImportReport;

/**
 * One check or import of a roster file: how many rows are done of how many, then the report, or why the file could
 * not be read at all.
 */
public final class RosterJob extends HrJob {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final boolean dryRun;
    private transient byte[] roster;
    private volatile ImportReport report;

    RosterJob(String id, String fileName, byte[] roster, boolean dryRun) {
        super(id, Stage.CHECKING);
        this.fileName = fileName;
        this.roster = roster;
        this.dryRun = dryRun;
    }

    void finish(ImportReport report) {
        this.report = report;
        if (!dryRun || !report.accepted()) {
            roster = null;
        }
        finish();
    }

    @Override
    void fail(List<String> reasons) {
        roster = null;
        super.fail(reasons);
    }

    /** The file's bytes, kept after a clean check so that it can be imported without a second upload. */
    byte[] roster() {
        return roster;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public ImportReport getReport() {
        return report;
    }

    /** A clean check whose file is still here: it may be imported. */
    public boolean isImportable() {
        return getState() == State.DONE && dryRun && report.accepted() && roster != null;
    }
}
