package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.extramile.shared.ConflictException;

/** A trainer's use cases on scenarios: start one, change it. */
@ApplicationScoped
@Transactional
public class ScenarioAuthoring {

    @Inject
    ScenarioRepository repository;

    @Inject
    ScenarioCatalogue catalogue;

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
                draft.script(),
                draft.passMark() == null ? Scenario.DEFAULT_PASS_MARK : draft.passMark(),
                ScenarioStatus.DRAFT,
                clock.instant());
        repository.add(scenario);
        return scenario.summary();
    }

    /** Changes a scenario, if the author edited the version that is current. */
    public ScenarioView update(String slug, @NotNull(message = "A scenario is required.") @Valid ScenarioEdit edit) {
        Scenario scenario = repository.findBySlug(slug).orElseThrow(() -> ScenarioCatalogue.unknown(slug));
        if (edit.version() != scenario.version()) {
            throw new ConflictException("You edited version " + edit.version() + " of '" + slug
                    + "', but it is now at version " + scenario.version() + ": reload it and apply your change again.");
        }
        scenario.retell(edit.title(), edit.summary(), edit.sourceStory(), clock.instant());
        scenario.rewrite(edit.script(), edit.passMark(), clock.instant());
        repository.flush();
        return catalogue.view(scenario, true);
    }

    /** Takes a scenario out of the catalogue, for trainees; authors still see it. */
    public ScenarioSummary archive(String slug) {
        Scenario scenario = repository.findBySlug(slug).orElseThrow(() -> ScenarioCatalogue.unknown(slug));
        scenario.archive(clock.instant());
        repository.flush();
        return scenario.summary();
    }
}
