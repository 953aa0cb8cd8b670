package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Persona;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioEdit;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.Script;
import org.extramile.scenario.Situation;
import org.extramile.scenario.StepView;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * One scenario: its situation, customer and steps, with where each answer leads in words, and a
 * form to change the texts. A stale save keeps what was typed and says so.
 */
@Named
@ViewScoped
public class ScenarioEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring authoring;

    @Inject
    RubricAuthoring rubrics;

    private String slug;
    private ScenarioView scenario;
    private Map<String, String> criterionTitles = Map.of();
    private long version;
    private String title;
    private String summary;
    private String sourceStory;
    private Double passMark;
    private String setting;
    private String missing;
    private String known;
    private String personaName;
    private String personaDescription;
    private List<StepForm> steps = new ArrayList<>();

    public void load() {
        if (slug == null) {
            Pages.notFound();
            return;
        }
        try {
            show(catalogue.get(slug, true));
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    public void save() {
        Script script = new Script(
                new Situation(setting, missing, known),
                new Persona(personaName, personaDescription),
                steps.stream().map(StepForm::toStep).toList());
        try {
            show(authoring.update(slug, new ScenarioEdit(version, title, summary, sourceStory, passMark, script)));
            Failures.info(Texts.text("scenario.saved"));
        } catch (ConflictException stale) {
            long current = catalogue.get(slug, true).version();
            Failures.error(Texts.text("scenario.conflict", version, current));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    /** Takes the scenario out of trainees' catalogue; publishing its rubric again opens it. */
    public void archive() {
        try {
            authoring.archive(slug);
            show(catalogue.get(slug, true));
            Failures.info(Texts.text("scenario.archived"));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    /** Where an answer at this step leads, in sentences: each branch, then the default or the end. */
    public List<String> flow(StepView step) {
        List<String> lines = new ArrayList<>();
        for (Branch branch : step.branches()) {
            String met = BranchWords.met(branch, criterionTitles);
            String notMet = BranchWords.notMet(branch, criterionTitles);
            if (notMet.isEmpty()) {
                lines.add(Texts.text("flow.ifMet", met, branch.next()));
            } else if (met.isEmpty()) {
                lines.add(Texts.text("flow.ifNotMet", notMet, branch.next()));
            } else {
                lines.add(Texts.text("flow.ifMetAndNot", met, notMet, branch.next()));
            }
        }
        if (step.defaultNext() != null) {
            lines.add(Texts.text(step.branches().isEmpty() ? "flow.always" : "flow.otherwise", step.defaultNext()));
        } else {
            lines.add(Texts.text(step.branches().isEmpty() ? "flow.ends" : "flow.otherwiseEnds"));
        }
        return lines;
    }

    public void addStep() {
        steps.add(StepForm.fresh());
    }

    public void removeStep(StepForm step) {
        steps.remove(step);
    }

    public void addBranch(StepForm step) {
        step.addBranch();
    }

    public void removeBranch(StepForm step, BranchForm branch) {
        step.removeBranch(branch);
    }

    /** The criteria a branch can test, by title, in the rubric draft's order. */
    public Map<String, String> getCriterionChoices() {
        Map<String, String> byTitle = new LinkedHashMap<>();
        criterionTitles.forEach((key, title) -> byTitle.put(title, key));
        return byTitle;
    }

    /** The steps a branch or a step's default can lead to: every step of the form that has a key. */
    public List<String> getStepKeys() {
        return steps.stream()
                .map(StepForm::getKey)
                .filter(key -> key != null && !key.isBlank())
                .toList();
    }

    private void show(ScenarioView view) {
        scenario = view;
        criterionTitles = rubrics.draft(view.slug()).criteria().stream()
                .collect(Collectors.toMap(Criterion::key, Criterion::title, (a, b) -> a, LinkedHashMap::new));
        version = view.version();
        title = view.title();
        summary = view.summary();
        sourceStory = view.sourceStory();
        passMark = view.passMark();
        setting = view.situation().setting();
        missing = view.situation().missing();
        known = view.situation().known();
        personaName = view.persona().name();
        personaDescription = view.persona().description();
        steps = view.steps().stream().map(StepForm::of).collect(Collectors.toCollection(ArrayList::new));
    }

    public ScenarioView getScenario() {
        return scenario;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSourceStory() {
        return sourceStory;
    }

    public void setSourceStory(String sourceStory) {
        this.sourceStory = sourceStory;
    }

    public Double getPassMark() {
        return passMark;
    }

    public void setPassMark(Double passMark) {
        this.passMark = passMark;
    }

    public String getSetting() {
        return setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    public String getKnown() {
        return known;
    }

    public void setKnown(String known) {
        this.known = known;
    }

    public String getPersonaName() {
        return personaName;
    }

    public void setPersonaName(String personaName) {
        this.personaName = personaName;
    }

    public String getPersonaDescription() {
        return personaDescription;
    }

    public void setPersonaDescription(String personaDescription) {
        this.personaDescription = personaDescription;
    }

    public List<StepForm> getSteps() {
        return steps;
    }
}
