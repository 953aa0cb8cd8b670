package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioView;

/** Every scenario, drafts and archived ones too, with the rubric version trainees are scored by. */
@Named
@RequestScoped
public class ScenarioList {

    @Inject
    ScenarioCatalogue catalogue;

    private List<ScenarioView> scenarios = List.of();

    public void load() {
        scenarios = catalogue.visibleTo(true).stream()
                .map(summary -> catalogue.get(summary.slug(), true))
                .toList();
    }

    public List<ScenarioView> getScenarios() {
        return scenarios;
    }
}
