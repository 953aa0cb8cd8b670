package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.extramile.shared.ConflictException;

/** A trainer's use cases on scenarios. */
@ApplicationScoped
@Transactional
public class ScenarioAuthoring {

    @Inject
    ScenarioRepository repository;

    @Inject
    Clock clock;

    public ScenarioSummary create(@NotNull(message = "A scenario is required.") @Valid NewScenario draft) {
        if (repository.findBySlug(draft.slug()).isPresent()) {
            throw new ConflictException("The slug '" + draft.slug() + "' is taken: choose another.");
        }
        Scenario scenario = new Scenario(
                draft.slug(),
                draft.title(),
                draft.summary(),
                draft.sourceStory(),
                ScenarioStatus.DRAFT,
                clock.instant());
        repository.add(scenario);
        return scenario.summary();
    }
}
