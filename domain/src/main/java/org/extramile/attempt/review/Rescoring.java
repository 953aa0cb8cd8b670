package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.rubric.LabelScope;
import org.extramile.rubric.RubricScorer;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.AlreadyRunningException;
import org.extramile.shared.BackgroundStart;
import org.extramile.shared.ClusterSingleRun;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * A trainer rescores a scenario's completed attempts with a newer rubric version: an explicit, audited action, never
 * a side effect of publishing. It runs in the background (a few thousand answers take a minute), one at a time per
 * scenario across the cluster, and records how far it is as it goes. It reads, scores and saves a chunk of attempts
 * at a time, so its memory does not grow with the scenario and what it saved stays if it stops. Not transactional
 * itself: the scorer runs between reading the turns and writing their new cards, holding no lock on them.
 */
@ApplicationScoped
public class Rescoring {

    /** How often the record of a running rescore learns how many answers are scored. */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private static final Logger LOG = Logger.getLogger(Rescoring.class.getName());

    private static final int MAX_REASON = 2000;

    /**
     * How many times a chunk is written before the rescore gives up, when a trainer's review changes one of its
     * attempts in the very moment it is written: the new scores do not depend on the review, which is read again.
     */
    private static final int WRITES_PER_CHUNK = 3;

    @Inject
    RescoreSteps steps;

    @Inject
    RubricScorer scorer;

    @Inject
    BackgroundStart starts;

    @Inject
    ClusterSingleRun cluster;

    /**
     * Attempts scored and saved together: what a rescore holds in memory, and what it keeps if it stops. Their
     * turns' cards (a few kB each) for a hundred attempts are a few MB, whatever the scenario's size.
     */
    @Inject
    @ConfigProperty(name = "extramile.rescore.chunk-attempts", defaultValue = "100")
    int attemptsPerChunk;

    /**
     * Starts the rescore and answers once it is recorded as running; what is wrong with the request (no reason, no
     * such version, a step the version lacks) is refused before. A rescore of the scenario running already is a
     * conflict.
     */
    public RescoreView start(String slug, Integer version, String reason, String by) {
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new Violation("/version", "Name the published rubric version to rescore with."));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("/reason", "Say why the attempts are rescored: the audit keeps it."));
        } else if (reason.strip().length() > MAX_REASON) {
            violations.add(new Violation("/reason", "A reason is at most " + MAX_REASON + " characters."));
        }
        InvalidException.throwIfAny(violations);
        return starts.start(
                lock(slug), started -> run(slug, version, reason.strip(), by, started), () -> alreadyRunning(slug));
    }

    /** The scenario's rescores, oldest first, the one running (if any) last. */
    public List<RescoreView> history(String slug) {
        return steps.history(slug).stream().map(this::checked).toList();
    }

    public RescoreView find(String slug, long id) {
        return checked(steps.find(slug, id));
    }

    /** How many completed attempts a rescore with this version would score again. */
    public long pending(String slug, int version) {
        return steps.pending(slug, version);
    }

    private void run(String slug, int version, String reason, String by, Consumer<RescoreView> started) {
        steps.interruptLeftovers(slug);
        RescoreSteps.Plan plan = steps.plan(slug, version);
        RescoreView rescore = steps.started(slug, plan, reason, by);
        started.accept(rescore);
        try {
            int scored = 0;
            int size = Math.max(1, attemptsPerChunk);
            for (int from = 0; from < plan.attempts().size(); from += size) {
                List<RescoreSteps.Work> chunk = steps.work(plan.attempts()
                        .subList(from, Math.min(from + size, plan.attempts().size())));
                Map<UUID, ScoreCard> cards = score(rescore.id(), plan, chunk, scored);
                scored += chunk.size();
                steps.scored(rescore.id(), scored);
                write(rescore.id(), slug, plan, chunk, cards);
            }
            steps.done(rescore.id(), slug);
        } catch (RuntimeException e) {
            steps.failed(rescore.id(), why(e));
            throw e;
        }
    }

    private void write(
            long id, String slug, RescoreSteps.Plan plan, List<RescoreSteps.Work> chunk, Map<UUID, ScoreCard> cards) {
        for (int tries = 1; ; tries++) {
            try {
                steps.write(id, slug, plan, chunk, cards);
                return;
            } catch (RuntimeException e) {
                if (tries == WRITES_PER_CHUNK || !changedMeanwhile(e)) {
                    throw e;
                }
                LOG.info(() -> "Rescore " + id + " of '" + slug + "': a review changed an attempt of the chunk as it"
                        + " was saved; saving the chunk again.");
            }
        }
    }

    private static String why(RuntimeException e) {
        if (changedMeanwhile(e)) {
            return "Attempts were changed by trainers' reviews as they were being saved, " + WRITES_PER_CHUNK
                    + " times over: what was saved stays; start the rescore again to rescore the attempts left.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean changedMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Scores a chunk's turns, telling the record every half second how many of all are scored. */
    private Map<UUID, ScoreCard> score(
            long id, RescoreSteps.Plan plan, List<RescoreSteps.Work> chunk, int scoredBefore) {
        Map<UUID, ScoreCard> cards = new HashMap<>();
        long reported = System.nanoTime();
        for (RescoreSteps.Work work : chunk) {
            cards.put(
                    work.turn(),
                    scorer.score(
                            plan.rubricId(),
                            plan.rubric(),
                            LabelScope.version(plan.versionId()),
                            work.step(),
                            work.text()));
            if (System.nanoTime() - reported >= PROGRESS_EVERY_NANOS) {
                steps.scored(id, scoredBefore + cards.size());
                reported = System.nanoTime();
            }
        }
        return cards;
    }

    /**
     * A rescore recorded as running is running only while a node holds the scenario's lock; read again once the
     * lock is seen free, since it may have ended between the two reads.
     */
    private RescoreView checked(RescoreView rescore) {
        if (!rescore.running() || cluster.isHeld(lock(rescore.scenario()))) {
            return rescore;
        }
        RescoreView again = steps.find(rescore.scenario(), rescore.id());
        return again.running() ? again.interrupted() : again;
    }

    private AlreadyRunningException alreadyRunning(String slug) {
        String since = steps.history(slug).stream()
                .filter(RescoreView::running)
                .reduce((earlier, later) -> later)
                .map(running -> " (started by " + running.by() + " at " + running.startedAt() + ")")
                .orElse("");
        return new AlreadyRunningException("A rescore of '" + slug + "' is running now" + since
                + ": follow it with GET /api/scenarios/" + slug + "/rescore; start another once it has ended"
                + " if attempts are still left on an older version.");
    }

    private static String lock(String slug) {
        return "rescore:" + slug;
    }
}
