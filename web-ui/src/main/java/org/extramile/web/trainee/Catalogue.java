package org.extramile.web.trainee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;

/** The scenario catalogue page: loaded once per request by its view action. */
@Named
@RequestScoped
public class Catalogue {

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    SecurityContext securityContext;

    private List<ScenarioSummary> scenarios = List.of();

    public void load() {
        boolean author = securityContext.isCallerInRole("TRAINER") || securityContext.isCallerInRole("ADMIN");
        scenarios = catalogue.visibleTo(author);
    }

    public List<ScenarioSummary> getScenarios() {
        return scenarios;
    }
}
