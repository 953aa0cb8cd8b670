package org.extramile.web.hr;

import java.io.Serializable;
import java.util.List;
import org.extramile.people.ImportReport;
import org.extramile.people.RosterProgress;

/**
 * One check or import of a roster file, running on a managed thread while the roster page polls it: its stage, how many
 * rows are done of how many, then the report, or why the file could not be read at all. Written by the working thread,
 * read by requests: every field it changes is volatile.
 */
public final class RosterJob implements RosterProgress, Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the job is. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private final String id;
    private volatile Stage stage = Stage.CHECKING;
    private volatile int done;
    private volatile int total;
    private volatile State state = State.RUNNING;
    private volatile List<String> failures = List.of();
    private final String fileName;
    private final boolean dryRun;
    private transient byte[] roster;
    private volatile ImportReport report;

    RosterJob(String id, String fileName, byte[] roster, boolean dryRun) {
        this.id = id;
        this.fileName = fileName;
        this.roster = roster;
        this.dryRun = dryRun;
    }

    void finish(ImportReport report) {
        this.report = report;
        if (!dryRun || !report.accepted()) {
            roster = null;
        }
        state = State.DONE;
    }

    @Override
    public void reached(Stage stage, int done, int total) {
        this.stage = stage;
        this.total = total;
        this.done = done;
    }

    /** Ends the job with why, in words a person can act on; none when the failure was unexpected. */
    void fail(List<String> reasons) {
        roster = null;
        failures = List.copyOf(reasons);
        state = State.FAILED;
    }

    public String getId() {
        return id;
    }

    public Stage getStage() {
        return stage;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    /** Done as a whole percentage of the current stage; 0 until the steps are counted. */
    public int getPercent() {
        int all = total;
        return all == 0 ? 0 : (int) Math.min(100, 100L * done / all);
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public List<String> getFailures() {
        return failures;
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
