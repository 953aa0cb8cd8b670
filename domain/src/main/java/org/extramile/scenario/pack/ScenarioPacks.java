package org.extramile.scenario.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.extramile.rubric.LabelledExample;
import org.extramile.rubric.Rubric;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricVersionView;
import org.extramile.scenario.NewScenario;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.Script;
import org.extramile.scenario.Step;
import org.extramile.scenario.StepView;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.JsonDocuments;
import org.extramile.shared.Violation;

/** Export a scenario as a pack, and import one: checked whole, stored whole or not at all. */
@ApplicationScoped
@Transactional
public class ScenarioPacks {

    /** The longest labelled example a pack may carry: the schema's limit, the longest answer scored by default. */
    static final int EXAMPLE_LENGTH = 5000;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring scenarios;

    @Inject
    RubricAuthoring rubrics;

    /** The scenario with its draft rubric, or with a published version when one is named. */
    public ScenarioPack export(String slug, Integer version) {
        ScenarioView scenario = catalogue.get(slug, true);
        if (version != null) {
            RubricVersionView published = rubrics.version(slug, version);
            return pack(
                    scenario,
                    published.script(),
                    published.passMark(),
                    new Rubric(published.criteria()),
                    rubrics.examples(slug, version));
        }
        Script script = new Script(
                scenario.situation(),
                scenario.persona(),
                scenario.steps().stream().map(ScenarioPacks::step).toList());
        return pack(
                scenario,
                script,
                scenario.passMark(),
                new Rubric(rubrics.draft(slug).criteria()),
                rubrics.examples(slug, null));
    }

    /**
     * Reads a pack and stores it as a new draft scenario, under {@code slug} if given. Nothing is
     * stored unless the whole pack keeps the schema and the model's rules.
     */
    public ScenarioSummary importPack(String document, String slug, String by) {
        ScenarioPack pack = read(document);
        PackScenario scenario = slug == null ? pack.scenario() : pack.scenario().renamed(slug);
        if (!Scenario.SLUG.matcher(scenario.slug()).matches()) {
            throw new InvalidException(
                    List.of(new Violation("/scenario/slug", "A slug is lowercase words joined by dashes.")));
        }
        if (catalogue.exists(scenario.slug())) {
            throw new ConflictException("A scenario '" + scenario.slug()
                    + "' exists already: import the pack under another slug (?slug=...).");
        }
        return store(scenario, pack, by);
    }

    /**
     * A new draft scenario made from another, under its own slug and title: its texts, its script, its draft rubric
     * and the answers trainers labelled for it, as its pack carries them (the trainees' answers that reviews labelled
     * stay with the original). A library scenario's copy is the trainer's own: no library update is offered for it.
     */
    public ScenarioSummary copy(
            String slug,
            @NotNull(message = "A copy needs {\"slug\", \"title\"}.") @Valid ScenarioCopy copy,
            String by) {
        ScenarioPack pack = export(slug, null);
        PackScenario original = pack.scenario();
        return store(original.renamed(copy.slug()).retitled(copy.titleOf(original.title())), pack, by);
    }

    private ScenarioSummary store(PackScenario scenario, ScenarioPack pack, String by) {
        ScenarioSummary created = scenarios.create(new NewScenario(
                scenario.slug(),
                scenario.title(),
                scenario.summary(),
                scenario.sourceStory(),
                scenario.passMark(),
                scenario.script()));
        rubrics.revise(created.slug(), rubrics.draft(created.slug()).version(), pack.rubric(), by);
        rubrics.addExamples(created.slug(), pack.labelledExamples(), by);
        return created;
    }

    /** A pack that keeps the schema and the model's rules, or every reason it does not. */
    public static ScenarioPack read(String document) {
        InvalidException.throwIfAny(PackSchema.violations(document));
        ScenarioPack pack = JsonDocuments.read(document, ScenarioPack.class);
        Script script = pack.scenario().script();
        List<Violation> violations = new ArrayList<>();
        script.violations().forEach(violation -> violations.add(violation.under("/scenario")));
        if (violations.isEmpty()) {
            pack.rubric().violations(script).forEach(violation -> violations.add(violation.under("/rubric")));
        }
        if (violations.isEmpty()) {
            for (int i = 0; i < pack.labelledExamples().size(); i++) {
                violations.addAll(pack.labelledExamples()
                        .get(i)
                        .violations(pack.rubric(), script, EXAMPLE_LENGTH, Violation.pointer("/labelledExamples", i)));
            }
        }
        InvalidException.throwIfAny(violations);
        return pack;
    }

    private static ScenarioPack pack(
            ScenarioView scenario, Script script, double passMark, Rubric rubric, List<LabelledExample> examples) {
        return new ScenarioPack(
                ScenarioPack.FORMAT,
                new PackScenario(
                        scenario.slug(),
                        scenario.title(),
                        scenario.summary(),
                        scenario.sourceStory(),
                        script.situation(),
                        script.persona(),
                        passMark,
                        script.steps()),
                rubric,
                examples);
    }

    private static Step step(StepView view) {
        return new Step(view.key(), view.customerLine(), view.stageDirection(), view.branches(), view.defaultNext());
    }
}
