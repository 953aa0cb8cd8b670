package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.extramile.shared.NotFoundException;

/** The scenarios people may see: published ones for everyone, drafts for their authors. */
@ApplicationScoped
@Transactional
public class ScenarioCatalogue {

    @Inject
    ScenarioRepository repository;

    /** The scenarios a person may see: published ones, and every draft too for an author. */
    public List<ScenarioSummary> visibleTo(boolean author) {
        List<Scenario> scenarios = author ? repository.findAll() : repository.findByStatus(ScenarioStatus.PUBLISHED);
        return scenarios.stream().map(Scenario::summary).toList();
    }

    /** One scenario, if the person may see it; an unpublished one looks unknown to a non-author. */
    public ScenarioSummary get(String slug, boolean author) {
        return repository
                .findBySlug(slug)
                .filter(scenario -> author || scenario.status() == ScenarioStatus.PUBLISHED)
                .map(Scenario::summary)
                .orElseThrow(() -> unknown(slug));
    }

    static NotFoundException unknown(String slug) {
        return new NotFoundException("There is no scenario '" + slug + "'.");
    }
}
