package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.extramile.attempt.Attempt;
import org.extramile.attempt.AttemptRepository;
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

/** The two transactions of a rescore: read what to score, then write the new cards; scoring runs between. */
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

    /** The rubric version to rescore with, and the turns of the completed attempts scored with an older one. */
    public record Plan(
            Long scenarioId, Long versionId, String rubricId, org.extramile.rubric.Rubric rubric, List<Work> work) {}

    public Plan plan(String slug, int number) {
        Scenario scenario = scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
        RubricVersion version = rubrics.version(scenario.id(), number)
                .orElseThrow(() -> new NotFoundException(
                        "The scenario '" + slug + "' has no published rubric version " + number + "."));
        List<Work> work = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Attempt attempt : attempts.attemptsOn(scenario.id(), AttemptStatus.COMPLETED)) {
            if (attempts.version(attempt.rubricVersionId()).number() >= number) {
                continue;
            }
            for (Turn turn : attempts.turns(attempt.id())) {
                if (version.script().step(turn.step()).isEmpty()) {
                    missing.add(turn.step());
                }
                work.add(new Work(turn.id(), attempt.id(), turn.step(), turn.answer(), turn.rubricVersionId()));
            }
        }
        if (!missing.isEmpty()) {
            throw new ConflictException("Version " + number + " of '" + slug + "' has no step " + missing
                    + ", which attempts played: they cannot be rescored with it.");
        }
        return new Plan(scenario.id(), version.id(), slug + "@" + number, version.rubric(), work);
    }

    /** Stores the new cards (the old ones stay in each turn's history), the results, and the audit. */
    public RescoreView write(String slug, Plan plan, Map<UUID, ScoreCard> cards, String reason, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<UUID> rescored = new LinkedHashSet<>();
        for (Work work : plan.work()) {
            Turn turn = attempts.turn(work.turn()).orElseThrow();
            if (!turn.rubricVersionId().equals(work.scoredWith())) {
                throw new ConflictException(
                        "An attempt of '" + slug + "' was rescored at the same time: look at the audit and try again.");
            }
            turn.rescored(cards.get(work.turn()), plan.versionId());
            attempts.add(new TurnCard(turn, CardSource.RESCORE, by, now));
            rescored.add(work.attempt());
        }
        for (UUID id : rescored) {
            Attempt attempt = attempts.attempt(id).orElseThrow();
            attempts.changing(attempt);
            attempt.rescoredWith(plan.versionId());
            results.settle(attempt);
        }
        Rescore audit = new Rescore(
                plan.scenarioId(),
                plan.versionId(),
                rescored.size(),
                plan.work().size(),
                reason.strip(),
                by,
                now);
        em.persist(audit);
        attempts.flush();
        return view(slug, audit);
    }

    public List<RescoreView> history(String slug) {
        Scenario scenario = scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
        return em.createQuery("select r from Rescore r where r.scenarioId = :scenario order by r.id", Rescore.class)
                .setParameter("scenario", scenario.id())
                .getResultStream()
                .map(r -> view(slug, r))
                .toList();
    }

    private RescoreView view(String slug, Rescore rescore) {
        return new RescoreView(
                slug,
                attempts.version(rescore.rubricVersionId()).number(),
                rescore.attempts(),
                rescore.turns(),
                rescore.reason(),
                rescore.rescoredBy(),
                rescore.rescoredAt());
    }
}
