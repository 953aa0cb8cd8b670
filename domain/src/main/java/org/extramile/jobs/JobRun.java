package org.extramile.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.extramile.shared.Progress;

/** The last run of one job, on whichever node ran it. */
@Entity
@Table(name = "job_run")
public class JobRun {

    static final int MAX_OUTCOME = 2000;

    @Id
    @Column(length = 64)
    private String job;

    @Column(nullable = false, length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "succeeded_at")
    private Instant succeededAt;

    @Column(length = MAX_OUTCOME)
    private String outcome;

    @Column(name = "outcome_count")
    private Long outcomeCount;

    @Column(name = "progress_done")
    private Integer progressDone;

    @Column(name = "progress_total")
    private Integer progressTotal;

    protected JobRun() {}

    JobRun(String job) {
        this.job = job;
    }

    void started(String node, Instant at) {
        this.node = node;
        // What the column keeps, so that the run read back is the run recorded.
        this.startedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.finishedAt = null;
        this.outcome = null;
        this.outcomeCount = null;
        this.progressDone = null;
        this.progressTotal = null;
    }

    void reached(int done, int total) {
        this.progressDone = done;
        this.progressTotal = total;
    }

    void succeeded(Instant at, JobOutcome outcome) {
        this.finishedAt = at;
        this.succeededAt = startedAt;
        this.outcome = clip(outcome.sentence());
        this.outcomeCount = outcome.count();
    }

    void failed(Instant at, String outcome) {
        this.finishedAt = at;
        this.outcome = clip("failed: " + outcome);
    }

    Optional<Instant> lastSuccess() {
        return Optional.ofNullable(succeededAt);
    }

    JobRunView view() {
        Progress progress = progressTotal == null ? null : Progress.of(progressDone, progressTotal);
        return new JobRunView(
                job,
                node,
                startedAt,
                finishedAt,
                succeededAt,
                finishedAt == null,
                outcome,
                outcomeCount,
                progress,
                false);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_OUTCOME ? text : text.substring(0, MAX_OUTCOME);
    }
}
