package org.extramile.attempt.review;

import java.io.Serializable;
import java.time.Instant;
import org.extramile.shared.Progress;

/**
 * A rescore as recorded: which scenario, with which rubric version, where it is (how many of its answers are scored
 * so far), how many attempts and answers, who started it, when and why; when it ended and, if it failed, why; once
 * done, how many of its attempts pass now that did not and how many no longer pass (null for rescores before those
 * were counted).
 */
public record RescoreView(
        long id,
        String scenario,
        int rubricVersion,
        RescoreStatus status,
        Progress progress,
        int attempts,
        int turns,
        String reason,
        String by,
        Instant startedAt,
        Instant at,
        String failure,
        Integer nowPassing,
        Integer nowFailing)
        implements Serializable {

    public boolean running() {
        return status == RescoreStatus.RUNNING;
    }

    /** Every answer is scored; the new cards are being written. */
    public boolean saving() {
        return running() && progress.done() == turns;
    }

    /** Recorded as running while no node runs it: the node stopped it. */
    RescoreView interrupted() {
        return new RescoreView(
                id,
                scenario,
                rubricVersion,
                RescoreStatus.INTERRUPTED,
                progress,
                attempts,
                turns,
                reason,
                by,
                startedAt,
                at,
                failure,
                nowPassing,
                nowFailing);
    }
}
