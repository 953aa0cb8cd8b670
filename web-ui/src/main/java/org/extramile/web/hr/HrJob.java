package org.extramile.web.hr;

import java.io.Serializable;
import java.util.List;
import org.extramile.people.RosterProgress;

/**
 * Work over the roster running on a managed thread while a page polls it (a roster check or import, a bulk
 * invitation): its stage, how many steps are done of how many, then how it ended. Written by the working thread, read
 * by requests: every field it changes is volatile.
 */
public abstract class HrJob implements RosterProgress, Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the job is. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private final String id;
    private volatile Stage stage;
    private volatile int done;
    private volatile int total;
    private volatile State state = State.RUNNING;
    private volatile List<String> failures = List.of();

    HrJob(String id, Stage stage) {
        this.id = id;
        this.stage = stage;
    }

    @Override
    public void reached(Stage stage, int done, int total) {
        this.stage = stage;
        this.total = total;
        this.done = done;
    }

    /** Ends the job; a subclass sets what it found first. */
    void finish() {
        state = State.DONE;
    }

    /** Ends the job with why, in words a person can act on; none when the failure was unexpected. */
    void fail(List<String> reasons) {
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
}
