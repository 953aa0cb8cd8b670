package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.extramile.rubric.RubricVersion;
import org.extramile.scenario.Scenario;

/**
 * Works out a completed attempt's result from its turns' current cards, and tells whoever listens
 * (certification) inside the same transaction. Called when an attempt completes and whenever a
 * card changes afterwards (an override, a rescore).
 */
@ApplicationScoped
public class AttemptResults {

    @Inject
    AttemptRepository repository;

    @Inject
    Event<AttemptFinished> finished;

    @Inject
    java.time.Clock clock;

    public void settle(Attempt attempt) {
        List<Turn> turns = repository.turns(attempt.id());
        boolean underReview = turns.stream().anyMatch(Turn::underReview);
        if (attempt.status() != AttemptStatus.COMPLETED) {
            attempt.reviewed(underReview);
            return;
        }
        RubricVersion version = repository.version(attempt.rubricVersionId());
        AttemptResult result =
                AttemptResult.of(turns.stream().map(Turn::card).toList(), version.rubric(), version.passMark());
        attempt.settle(result, underReview);
        Scenario scenario = repository.scenario(attempt.scenarioId());
        finished.fire(new AttemptFinished(
                attempt.id(),
                repository.username(attempt.accountId()),
                scenario.slug(),
                version.number(),
                result.share(),
                result.passed(),
                clock.instant()));
    }
}
