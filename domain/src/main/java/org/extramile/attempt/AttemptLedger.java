package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.extramile.rubric.LabelScope;
import org.extramile.rubric.RubricRepository;
import org.extramile.rubric.RubricVersion;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.ScenarioStatus;
import org.extramile.scenario.Step;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Violation;

/**
 * The transactions of the role-play: each method is one short transaction. Scoring happens between
 * them (see {@link RolePlay}), so no lock is held while the scorer works.
 */
@ApplicationScoped
@Transactional
public class AttemptLedger {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Inject
    AttemptRepository repository;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    RubricRepository rubrics;

    @Inject
    AttemptViews views;

    @Inject
    AttemptResults results;

    @Inject
    Clock clock;

    /**
     * Starts an attempt on the scenario's latest published rubric version, or resumes the one the
     * trainee already has in progress there.
     */
    public Started start(String slug, String username) {
        Scenario scenario = scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
        if (scenario.status() != ScenarioStatus.PUBLISHED) {
            throw new ConflictException("The scenario '" + slug + "' is not playable: it is "
                    + scenario.status().name().toLowerCase() + ".");
        }
        RubricVersion version = rubrics.latest(scenario.id())
                .orElseThrow(() -> new ConflictException(
                        "The scenario '" + slug + "' is not playable: its rubric has never been published."));
        Long account = accountOf(username);
        repository.holdAccount(account);
        List<Attempt> previous = repository.attemptsOf(account, scenario.id());
        Optional<Attempt> inProgress = previous.stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .findFirst();
        if (inProgress.isPresent()) {
            return new Started(views.attempt(inProgress.get()), false);
        }
        repository.policy(scenario.id()).ifPresent(policy -> allowAnother(slug, policy, previous));
        Attempt attempt = new Attempt(
                account,
                repository.branchOf(account),
                scenario.id(),
                version.id(),
                version.script().first().key(),
                now());
        repository.add(attempt);
        repository.flush();
        return new Started(views.attempt(attempt), true);
    }

    /** The stored outcome of a turn sent before with this idempotency key, if there is one. */
    public Optional<TurnOutcome> replay(UUID id, String username, String idempotencyKey) {
        Attempt attempt = own(id, username);
        return repository.turnWithKey(attempt.id(), idempotencyKey).map(turn -> views.outcome(attempt, turn));
    }

    /** Checks that the step can be answered now and reads what scoring it needs. */
    public Pending prepare(UUID id, String username, String step) {
        Attempt attempt = own(id, username);
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            throw Attempt.notAt(null);
        }
        if (!attempt.currentStep().orElseThrow().equals(step)) {
            throw Attempt.notAt(attempt.currentStep().orElseThrow());
        }
        RubricVersion version = repository.version(attempt.rubricVersionId());
        Scenario scenario = repository.scenario(attempt.scenarioId());
        return new Pending(rubricId(scenario, version), version.rubric(), LabelScope.version(version.id()), step);
    }

    /**
     * Stores the scored turn and moves the attempt on, in one transaction: a second submission of the
     * same step loses on the turn's unique position or on the attempt's version.
     */
    public TurnOutcome record(UUID id, String username, String step, String text, ScoreCard card, String key) {
        Attempt attempt = own(id, username);
        RubricVersion version = repository.version(attempt.rubricVersionId());
        Step played = version.script()
                .step(step)
                .orElseThrow(() -> Attempt.notAt(attempt.currentStep().orElse(null)));
        Instant now = now();
        Turn turn = attempt.answer(played, text, card, key, now);
        repository.add(turn);
        repository.add(new TurnCard(turn, CardSource.SCORER, "scorer", now));
        if (attempt.status() == AttemptStatus.COMPLETED) {
            results.settle(attempt);
        }
        repository.flush();
        return views.outcome(attempt, turn);
    }

    /** After a lost race: where the attempt stands now, as a conflict to answer with. */
    public ConflictException whereItStands(UUID id, String username) {
        return Attempt.notAt(own(id, username).currentStep().orElse(null));
    }

    /** An attempt for its trainee, or for a reviewer; anyone else learns nothing, not even that it exists. */
    public AttemptView view(UUID id, Caller caller) {
        Attempt attempt = repository
                .attempt(id)
                .filter(a -> caller.reviewer() || a.accountId().equals(accountOf(caller.username())))
                .orElseThrow(() -> unknown(id));
        return views.attempt(attempt);
    }

    /** Any trainee's attempt, with whose it is and their other tries at the scenario: what a trainer reads. */
    public AttemptReading read(UUID id) {
        Attempt attempt = repository.attempt(id).orElseThrow(() -> unknown(id));
        List<AttemptSummary> tries = repository.attemptsOf(attempt.accountId(), attempt.scenarioId()).stream()
                .map(other -> views.summary(other, null))
                .toList();
        return new AttemptReading(views.attempt(attempt), repository.player(attempt.accountId()), tries);
    }

    public AttemptView abandon(UUID id, String username) {
        Attempt attempt = own(id, username);
        attempt.abandon(now());
        repository.flush();
        return views.attempt(attempt);
    }

    /**
     * The trainee asks a trainer to look at one of their answers again, once, saying why: the answer goes back to the
     * review queue and the attempt's result may change. Refused for an attempt given up, an answer a trainer has
     * already judged, or one asked about before.
     */
    public AttemptView askForReview(UUID id, String username, UUID turnId, String note) {
        Attempt attempt = own(id, username);
        checkNote(note);
        Turn turn = repository
                .turn(turnId)
                .filter(t -> t.attemptId().equals(attempt.id()))
                .orElseThrow(() -> new NotFoundException("This attempt has no answer '" + turnId + "'."));
        if (attempt.status() == AttemptStatus.ABANDONED) {
            throw new ConflictException("You gave this attempt up: its answers no longer count, so there is nothing"
                    + " for a trainer to look at again. Play the scenario again instead.");
        }
        turn.reviewRequest().ifPresent(asked -> {
            throw new ConflictException("You asked a trainer to look at this answer again on "
                    + WHEN.format(asked.at().atZone(ZoneOffset.UTC)) + ": one request an answer.");
        });
        repository.cards(turn.id()).stream()
                .filter(card -> card.source() == CardSource.OVERRIDE)
                .reduce((first, last) -> last)
                .ifPresent(judged -> {
                    throw new ConflictException("A trainer already set this answer's levels on "
                            + WHEN.format(judged.recordedAt().atZone(ZoneOffset.UTC)) + ": their verdict stands.");
                });
        repository.changing(attempt);
        turn.reviewRequested(note.strip(), now());
        results.settle(attempt);
        repository.flush();
        return views.attempt(attempt);
    }

    private static void checkNote(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidException(List.of(new Violation(
                    "/note", "Say what you think the scorer missed in 'note': the trainer reads it before looking.")));
        }
        if (note.strip().length() > ReviewRequest.MAX_NOTE) {
            throw new InvalidException(List.of(new Violation(
                    "/note",
                    "A note is at most " + ReviewRequest.MAX_NOTE + " characters, not "
                            + note.strip().length() + ".")));
        }
    }

    /** A trainee's attempts, newest first, with the first, best and latest completed share per scenario. */
    public MyAttempts mine(String username) {
        List<Attempt> attempts = repository.attemptsOf(accountOf(username));
        Map<UUID, Instant> rescored =
                repository.lastRescored(attempts.stream().map(Attempt::id).toList());
        List<AttemptSummary> summaries = attempts.stream()
                .map(attempt -> views.summary(attempt, rescored.get(attempt.id())))
                .toList();
        Map<String, List<AttemptSummary>> byScenario = new LinkedHashMap<>();
        summaries.forEach(summary -> byScenario
                .computeIfAbsent(summary.scenario(), s -> new ArrayList<>())
                .add(summary));
        List<ScenarioHistory> history = byScenario.entrySet().stream()
                .map(entry -> history(entry.getKey(), entry.getValue()))
                .toList();
        return new MyAttempts(summaries, history);
    }

    private static ScenarioHistory history(String scenario, List<AttemptSummary> newestFirst) {
        List<Double> shares = newestFirst.stream()
                .filter(a -> a.result() != null)
                .sorted(Comparator.comparing(AttemptSummary::startedAt))
                .map(a -> a.result().share())
                .toList();
        return new ScenarioHistory(
                scenario,
                newestFirst.size(),
                shares.size(),
                shares.isEmpty() ? null : shares.get(0),
                shares.stream().max(Double::compare).orElse(null),
                shares.isEmpty() ? null : shares.get(shares.size() - 1));
    }

    private void allowAnother(String slug, AttemptPolicy policy, List<Attempt> previous) {
        policy.maxAttempts().ifPresent(max -> {
            if (previous.size() >= max) {
                throw new ConflictException("You have used all " + max + " attempts of the scenario '" + slug + "'.");
            }
        });
        policy.cooldown().ifPresent(cooldown -> previous.stream()
                .flatMap(a -> a.finishedAt().stream())
                .max(Comparator.naturalOrder())
                .map(last -> last.plus(cooldown))
                .filter(next -> next.isAfter(clock.instant()))
                .ifPresent(next -> {
                    throw new ConflictException("The next attempt of the scenario '" + slug + "' is allowed from "
                            + WHEN.format(next.atZone(ZoneOffset.UTC)) + " (" + next + "), after a cool-down of "
                            + cooldown.toMinutes() + " minutes.");
                }));
    }

    private Attempt own(UUID id, String username) {
        return repository
                .attempt(id)
                .filter(a -> a.accountId().equals(accountOf(username)))
                .orElseThrow(() -> unknown(id));
    }

    private Long accountOf(String username) {
        return repository
                .accountId(username)
                .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
    }

    /** To the microsecond, as the database keeps it: a replayed outcome reads exactly like the first. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String rubricId(Scenario scenario, RubricVersion version) {
        return scenario.slug() + "@" + version.number();
    }

    static NotFoundException unknown(UUID id) {
        return new NotFoundException("There is no attempt '" + id + "'.");
    }
}
