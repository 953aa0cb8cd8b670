package org.extramile.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.extramile.rubric.RubricRepository;
import org.extramile.rubric.RubricVersion;
import org.extramile.shared.NotFoundException;

/** The scenarios people may see: published ones for everyone, drafts for their authors. */
@ApplicationScoped
@Transactional
public class ScenarioCatalogue {

    @Inject
    ScenarioRepository repository;

    @Inject
    RubricRepository rubrics;

    /** The scenarios a person may see: published ones, and every draft too for an author. */
    public List<ScenarioSummary> visibleTo(boolean author) {
        List<Scenario> scenarios = author ? repository.findAll() : repository.findByStatus(ScenarioStatus.PUBLISHED);
        return scenarios.stream().map(Scenario::summary).toList();
    }

    /** One scenario, if the person may see it; an unpublished one looks unknown to a non-author. */
    public ScenarioView get(String slug, boolean author) {
        return repository
                .findBySlug(slug)
                .filter(scenario -> author || scenario.status() == ScenarioStatus.PUBLISHED)
                .map(scenario -> view(scenario, author))
                .orElseThrow(() -> unknown(slug));
    }

    public boolean exists(String slug) {
        return repository.findBySlug(slug).isPresent();
    }

    /** An author sees the script being edited; a trainee the one last published. */
    ScenarioView view(Scenario scenario, boolean author) {
        Optional<RubricVersion> published = rubrics.latest(scenario.id());
        Script script = author
                ? scenario.script()
                : published.map(RubricVersion::script).orElse(scenario.script());
        double passMark = author
                ? scenario.passMark()
                : published.map(RubricVersion::passMark).orElse(scenario.passMark());
        List<StepView> steps = script.steps().stream()
                .map(author ? StepView::forAuthor : StepView::forTrainee)
                .toList();
        ScenarioSummary summary = scenario.summary();
        return new ScenarioView(
                summary.slug(),
                summary.title(),
                summary.summary(),
                summary.sourceStory(),
                summary.status(),
                summary.version(),
                passMark,
                script.situation(),
                script.persona(),
                steps,
                published.map(RubricVersion::number).orElse(null));
    }

    public static NotFoundException unknown(String slug) {
        return new NotFoundException("There is no scenario '" + slug + "'.");
    }
}
