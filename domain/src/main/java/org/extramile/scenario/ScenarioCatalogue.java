package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.extramile.shared.NotFoundException;

/** What a person may play: the published scenarios. Authors see drafts too. */
@ApplicationScoped
@Transactional
public class ScenarioCatalogue {

    @Inject
    ScenarioRepository repository;

    public List<ScenarioSummary> playable() {
        return repository.findByStatus(ScenarioStatus.PUBLISHED).stream()
                .map(Scenario::summary)
                .toList();
    }

    public List<ScenarioSummary> all() {
        return repository.findAll().stream().map(Scenario::summary).toList();
    }

    public ScenarioSummary get(String slug) {
        return repository.findBySlug(slug).map(Scenario::summary).orElseThrow(() -> unknown(slug));
    }

    static NotFoundException unknown(String slug) {
        return new NotFoundException("There is no scenario '" + slug + "'.");
    }
}
