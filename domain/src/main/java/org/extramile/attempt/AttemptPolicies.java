package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.shared.NotFoundException;

/** A trainer's settings for retries of a scenario: unlimited practice unless limited here. */
@ApplicationScoped
@Transactional
public class AttemptPolicies {

    @Inject
    ScenarioRepository scenarios;

    @Inject
    AttemptRepository repository;

    public PolicyView get(String slug) {
        Scenario scenario = scenario(slug);
        return repository
                .policy(scenario.id())
                .map(policy -> view(slug, policy))
                .orElse(new PolicyView(slug, null, null));
    }

    public PolicyView change(
            String slug,
            @Positive(message = "At least one attempt must be allowed; leave maxAttempts out for no limit.")
                    @Max(
                            value = 1000,
                            message = "At most 1000 attempts can be set; leave maxAttempts out for no limit.")
                    Integer maxAttempts,
            @Positive(message = "A cool-down is at least one minute; leave cooldownMinutes out for none.")
                    @Max(value = 525_600, message = "A cool-down is at most a year (525600 minutes).")
                    Integer cooldownMinutes) {
        Scenario scenario = scenario(slug);
        AttemptPolicy policy = repository.policy(scenario.id()).orElseGet(() -> {
            AttemptPolicy created = new AttemptPolicy(scenario.id());
            repository.add(created);
            return created;
        });
        policy.change(maxAttempts, cooldownMinutes);
        repository.flush();
        return view(slug, policy);
    }

    private static PolicyView view(String slug, AttemptPolicy policy) {
        return new PolicyView(slug, policy.maxAttempts().orElse(null), policy.cooldownMinutes());
    }

    private Scenario scenario(String slug) {
        return scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
    }
}
