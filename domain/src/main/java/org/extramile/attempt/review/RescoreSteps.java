package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.extramile.attempt.Attempt;
import org.extramile.attempt.AttemptRepository;
import org.extramile.attempt.AttemptResult;
import org.extramile.attempt.AttemptResults;
import org.extramile.attempt.AttemptStatus;
import org.extramile.attempt.CardSource;
import org.extramile.attempt.Turn;
import org.extramile.attempt.TurnCard;
import org.extramile.rubric.RubricRepository;
import org.extramile.rubric.RubricVersion;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Progress;

/**
 * The transactions of a rescore: read what to score and record the start, record how far the scoring is, then write
 * the new cards; the scorer runs between them, holding no transaction.
 */
@ApplicationScoped
@Transactional
public class RescoreSteps {

    @Inject
    ScenarioRepository scenarios;

    @Inject
    RubricRepository rubrics;

    @Inject
    AttemptRepository attempts;

    @Inject
    AttemptResults results;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A turn to score again, with the version that scored it when read. */
    public record Work(UUID turn, UUID attempt, String step, String text, Long scoredWith) {}

    /**
     * The rubric version to rescore with, and the completed attempts scored with an older one (ids only: their turns
     * are read a chunk at a time) with how many turns they have.
     */
    public record Plan(
            Long scenarioId,
            Long versionId,
            String rubricId,
            org.extramile.rubric.Rubric rubric,
            List<UUID> attempts,
            int turns) {}

    /**
     * Of {@code Attempt a, RubricVersion v}: the scenario's completed attempts scored older than {@code :number}, but
     * not an erased person's, whose words are gone: scored again, they would score nothing.
     */
    private static final String OLDER = " a.scenarioId = :scenario and a.status = :completed"
            + " and v.id = a.rubricVersionId and v.number < :number"
            + " and a.accountId not in (select p.id from Account p where p.erasedAt is not null)";

    public Plan plan(String slug, int number) {
        Scenario scenario = scenario(slug);
        RubricVersion version = rubrics.version(scenario.id(), number)
                .orElseThrow(() -> new NotFoundException(
                        "The scenario '" + slug + "' has no published rubric version " + number + "."));
        Set<String> missing = new LinkedHashSet<>();
        older(
                        scenario,
                        number,
                        "select distinct t.step from Turn t, Attempt a, RubricVersion v"
                                + " where t.attemptId = a.id and" + OLDER,
                        String.class)
                .getResultStream()
                .filter(step -> version.script().step(step).isEmpty())
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new ConflictException("Version " + number + " of '" + slug + "' has no step " + missing
                    + ", which attempts played: they cannot be rescored with it.");
        }
        List<UUID> ids = older(
                        scenario,
                        number,
                        "select a.id from Attempt a, RubricVersion v where" + OLDER + " order by a.startedAt, a.id",
                        UUID.class)
                .getResultList();
        long turns = older(
                        scenario,
                        number,
                        "select count(t) from Turn t, Attempt a, RubricVersion v" + " where t.attemptId = a.id and"
                                + OLDER,
                        Long.class)
                .getSingleResult();
        return new Plan(scenario.id(), version.id(), slug + "@" + number, version.rubric(), ids, (int) turns);
    }

    private <T> TypedQuery<T> older(Scenario scenario, int number, String jpql, Class<T> type) {
        return em.createQuery(jpql, type)
                .setParameter("scenario", scenario.id())
                .setParameter("completed", AttemptStatus.COMPLETED)
                .setParameter("number", number);
    }

    /** The turns of these attempts, to score outside any transaction. */
    public List<Work> work(List<UUID> attemptIds) {
        return em.createQuery(
                        "select t from Turn t where t.attemptId in :attempts order by t.attemptId, t.number",
                        Turn.class)
                .setParameter("attempts", attemptIds)
                .getResultStream()
                .map(t -> new Work(t.id(), t.attemptId(), t.step(), t.answer(), t.rubricVersionId()))
                .toList();
    }

    /** The rescore's record, written as it starts: every node can follow it from here. */
    public RescoreView started(String slug, Plan plan, String reason, String by) {
        Rescore rescore = new Rescore(
                plan.scenarioId(),
                plan.versionId(),
                plan.attempts().size(),
                plan.turns(),
                reason,
                by,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(rescore);
        em.flush();
        return view(slug, rescore);
    }

    public void scored(long id, int count) {
        em.find(Rescore.class, id).scored(count);
    }

    public void failed(long id, String why) {
        em.find(Rescore.class, id).failed(why, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Rescores of the scenario recorded as running, called under its lock: none runs, their nodes stopped. */
    public void interruptLeftovers(String slug) {
        em.createQuery("select r from Rescore r where r.scenarioId = :scenario and r.status = :running", Rescore.class)
                .setParameter("scenario", scenario(slug).id())
                .setParameter("running", RescoreStatus.RUNNING)
                .getResultStream()
                .forEach(Rescore::interrupted);
    }

    /**
     * Stores a chunk's new cards (the old ones stay in each turn's history) and its attempts' results, and counts on
     * the rescore's record the attempts whose pass changed, all in one transaction: a rescore that stops later keeps
     * what it saved, and starting it again rescores the rest.
     */
    public void write(long id, String slug, Plan plan, List<Work> chunk, Map<UUID, ScoreCard> cards) {
        Rescore rescore = em.find(Rescore.class, id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<UUID> rescored = new LinkedHashSet<>();
        Map<UUID, TrainersLevels> reviewed = trainersLevels(chunk);
        for (Work work : chunk) {
            Turn turn = attempts.turn(work.turn()).orElseThrow();
            if (!turn.rubricVersionId().equals(work.scoredWith())) {
                throw new ConflictException(
                        "An attempt of '" + slug + "' was rescored at the same time: look at the audit and try again.");
            }
            ScoreCard card = cards.get(work.turn());
            TrainersLevels levels = reviewed.get(work.turn());
            turn.rescored(
                    levels == null
                            ? card
                            : Overrides.carriedOver(card, plan.rubric(), levels.levels(), levels.reason()),
                    plan.versionId());
            attempts.add(new TurnCard(turn, CardSource.RESCORE, rescore.rescoredBy(), now));
            rescored.add(work.attempt());
        }
        int nowPassing = 0;
        int nowFailing = 0;
        for (UUID attemptId : rescored) {
            Attempt attempt = attempts.attempt(attemptId).orElseThrow();
            boolean passedBefore = passed(attempt);
            attempts.changing(attempt);
            attempt.rescoredWith(plan.versionId());
            results.settle(attempt);
            if (passed(attempt) != passedBefore) {
                nowPassing += passedBefore ? 0 : 1;
                nowFailing += passedBefore ? 1 : 0;
            }
        }
        rescore.changedPasses(nowPassing, nowFailing);
        attempts.flush();
    }

    public RescoreView done(long id, String slug) {
        Rescore rescore = em.find(Rescore.class, id);
        rescore.done(clock.instant().truncatedTo(ChronoUnit.MICROS));
        return view(slug, rescore);
    }

    /** How many completed attempts a rescore with this version would score again: those scored with an older one. */
    public long pending(String slug, int number) {
        return older(
                        scenario(slug),
                        number,
                        "select count(a) from Attempt a, RubricVersion v where" + OLDER,
                        Long.class)
                .getSingleResult();
    }

    public List<RescoreView> history(String slug) {
        return em.createQuery(
                        "select r from Rescore r where r.scenarioId = :scenario order by r.startedAt, r.id",
                        Rescore.class)
                .setParameter("scenario", scenario(slug).id())
                .getResultStream()
                .map(r -> view(slug, r))
                .toList();
    }

    public RescoreView find(String slug, long id) {
        Rescore rescore = em.find(Rescore.class, id);
        if (rescore == null || !rescore.scenarioId().equals(scenario(slug).id())) {
            throw new NotFoundException("The scenario '" + slug + "' has no rescore " + id + ".");
        }
        return view(slug, rescore);
    }

    /** The levels trainers set on a turn, the latest for each criterion, and the latest reason given. */
    private record TrainersLevels(Map<String, String> levels, String reason) {}

    /**
     * What trainers decided about these turns' answers: a rescore keeps it where the new version has the criterion
     * and the level, since it judged the answer, not the version.
     */
    private Map<UUID, TrainersLevels> trainersLevels(List<Work> chunk) {
        Map<UUID, TrainersLevels> reviewed = new HashMap<>();
        em.createQuery(
                        "select o.turnId, o.criterion, o.levelAfter, o.reason from ScoreOverride o"
                                + " where o.turnId in :turns order by o.id",
                        Object[].class)
                .setParameter("turns", chunk.stream().map(Work::turn).toList())
                .getResultStream()
                .forEach(row -> {
                    TrainersLevels before =
                            reviewed.getOrDefault((UUID) row[0], new TrainersLevels(new LinkedHashMap<>(), null));
                    before.levels().put((String) row[1], (String) row[2]);
                    reviewed.put((UUID) row[0], new TrainersLevels(before.levels(), (String) row[3]));
                });
        return reviewed;
    }

    private static boolean passed(Attempt attempt) {
        return attempt.result().map(AttemptResult::passed).orElse(false);
    }

    private Scenario scenario(String slug) {
        return scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
    }

    private RescoreView view(String slug, Rescore rescore) {
        return new RescoreView(
                rescore.id(),
                slug,
                attempts.version(rescore.rubricVersionId()).number(),
                rescore.status(),
                Progress.of(rescore.scored(), rescore.turns()),
                rescore.attempts(),
                rescore.turns(),
                rescore.reason(),
                rescore.rescoredBy(),
                rescore.startedAt(),
                rescore.rescoredAt(),
                rescore.failure(),
                rescore.nowPassing(),
                rescore.nowFailing());
    }
}
