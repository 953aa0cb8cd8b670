package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.RubricVersion;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.Script;

/** Builds the read models of attempts and turns; runs inside the caller's transaction. */
@ApplicationScoped
public class AttemptViews {

    @Inject
    AttemptRepository repository;

    public AttemptView attempt(Attempt attempt) {
        Scenario scenario = repository.scenario(attempt.scenarioId());
        RubricVersion version = repository.version(attempt.rubricVersionId());
        StepPrompt current = attempt.currentStep()
                .flatMap(key -> version.script().step(key))
                .map(StepPrompt::of)
                .orElse(null);
        List<Turn> played = repository.turns(attempt.id());
        // A rescore moves a completed attempt on to a newer version, whose script may tell the story otherwise.
        Script script = (played.isEmpty() ? version : repository.playedWith(played.get(0))).script();
        return new AttemptView(
                attempt.id(),
                scenario.slug(),
                scenario.title(),
                script.situation(),
                script.persona(),
                version.number(),
                attempt.status(),
                attempt.underReview(),
                current,
                attempt.startedAt(),
                attempt.finishedAt().orElse(null),
                result(attempt, version).orElse(null),
                played.stream().map(this::turn).toList());
    }

    public AttemptSummary summary(Attempt attempt, Instant rescoredAt) {
        Scenario scenario = repository.scenario(attempt.scenarioId());
        RubricVersion version = repository.version(attempt.rubricVersionId());
        return new AttemptSummary(
                attempt.id(),
                scenario.slug(),
                scenario.title(),
                attempt.status(),
                attempt.currentStep().orElse(null),
                attempt.underReview(),
                attempt.startedAt(),
                attempt.finishedAt().orElse(null),
                result(attempt, version).orElse(null),
                rescoredAt);
    }

    /** What a submission answers: the turn, then the step it led to or the attempt's result. */
    public TurnOutcome outcome(Attempt attempt, Turn turn) {
        RubricVersion version = repository.version(attempt.rubricVersionId());
        StepPrompt next = turn.nextStep()
                .flatMap(key -> version.script().step(key))
                .map(StepPrompt::of)
                .orElse(null);
        ResultView result = next == null ? result(attempt, version).orElse(null) : null;
        return new TurnOutcome(attempt.id(), attempt.status(), turn(turn), next, result, attempt.underReview());
    }

    public TurnView turn(Turn turn) {
        RubricVersion version = repository.version(turn.rubricVersionId());
        Map<String, Criterion> criteria =
                version.rubric().criteria().stream().collect(Collectors.toMap(Criterion::key, Function.identity()));
        List<CriterionFeedback> feedback = new ArrayList<>();
        Stream.concat(turn.card().criteria().stream(), turn.card().penalties().stream())
                .forEach(score -> Optional.ofNullable(criteria.get(score.key()))
                        .ifPresent(criterion -> feedback.add(CriterionFeedback.of(score, criterion))));
        Map<Long, Integer> numbers = new HashMap<>();
        List<CardHistory> history = repository.cards(turn.id()).stream()
                .map(card -> new CardHistory(
                        numbers.computeIfAbsent(
                                card.rubricVersionId(),
                                id -> repository.version(id).number()),
                        card.source(),
                        card.recordedAt(),
                        card.recordedBy(),
                        card.card()))
                .toList();
        return new TurnView(
                turn.id(),
                turn.number(),
                turn.step(),
                repository
                        .playedWith(turn)
                        .script()
                        .step(turn.step())
                        .map(StepPrompt::of)
                        .orElse(null),
                turn.answer(),
                version.number(),
                turn.underReview(),
                turn.createdAt(),
                turn.card(),
                feedback,
                history,
                turn.reviewRequest().orElse(null));
    }

    private static Optional<ResultView> result(Attempt attempt, RubricVersion version) {
        return attempt.result().map(result -> ResultView.of(result, version.passMark()));
    }
}
