package org.extramile.scenario.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extramile.rubric.LabelledExample;
import org.extramile.rubric.Rubric;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricChanges;
import org.extramile.rubric.RubricChanges.CriterionChange;
import org.extramile.rubric.RubricDraftView;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioEdit;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.Script;
import org.extramile.scenario.ScriptChanges;
import org.extramile.scenario.pack.PackScenario;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Lists;
import org.extramile.shared.Violation;

/**
 * The library's newer editions of the scenarios it seeded, offered and never forced: a trainer loads one into the
 * scenario and its draft rubric (trainees play the published version until it is published), or keeps their own.
 * Either way the edition is settled and not offered again; the next edition that ships is.
 */
@ApplicationScoped
public class LibraryUpdates {

    @Inject
    EntityManager em;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    ScenarioAuthoring authoring;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    ScenarioCatalogue catalogue;

    private static final Pattern CRITERION_AT = Pattern.compile("/criteria/(\\d+)");

    /** Every library edition on offer, in catalogue order. */
    @Transactional
    public List<LibraryUpdate> pending() {
        return LibraryPack.SLUGS.stream()
                .map(this::pending)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The library's edition of this scenario, if it ships another than the one taken or kept here, the scenario was
     * not deleted or renamed, and it differs from the scenario and its draft.
     */
    @Transactional
    public Optional<LibraryUpdate> pending(String slug) {
        if (!LibraryPack.SLUGS.contains(slug)) {
            return Optional.empty();
        }
        LibrarySeed seed = em.find(LibrarySeed.class, slug);
        Optional<Scenario> scenario = scenarios.findBySlug(slug);
        if (seed == null || seed.settled(LibraryPack.digest(slug)) || scenario.isEmpty()) {
            return Optional.empty();
        }
        ScenarioPack pack = LibraryPack.pack(slug);
        PackScenario edition = pack.scenario();
        Scenario current = scenario.get();
        RubricDraftView draft = rubrics.draft(slug);
        LibraryUpdate update = new LibraryUpdate(
                slug,
                edition.title(),
                seed.seededAt(),
                !(edition.title().equals(current.title())
                        && edition.summary().equals(current.summary().summary())
                        && Objects.equals(edition.sourceStory(), current.sourceStory())
                        && passMark(edition) == current.passMark()),
                ScriptChanges.between(current.script(), edition.script()),
                RubricChanges.between(new Rubric(draft.criteria()), pack.rubric()),
                newExamples(pack, slug).size(),
                current.version(),
                draft.version());
        return update.changesNothing() ? Optional.empty() : Optional.of(update);
    }

    /**
     * Loads what the trainer takes of the library's edition ({@code null}: all of it): its texts and script into the
     * scenario, the criteria taken into the draft as the library has them, its labelled answers beside the draft's.
     * Refused (409) if the scenario or the draft changed since the versions named, and (400) if the parts taken do
     * not fit together with what is kept (a criterion of a step the kept script lacks, say). Either way the edition
     * is settled: what was not taken is not offered again.
     */
    @Transactional
    public ScenarioView load(String slug, long scenarioVersion, long rubricVersion, LibraryParts parts, String by) {
        LibraryUpdate update = on(slug);
        if (update.scenarioVersion() != scenarioVersion || update.rubricVersion() != rubricVersion) {
            throw new ConflictException("'" + slug + "' or its draft rubric changed since you read the library's"
                    + " update (you read versions " + scenarioVersion + " and " + rubricVersion + ", they are now at "
                    + update.scenarioVersion() + " and " + update.rubricVersion() + "): read what it changes again,"
                    + " then load it.");
        }
        LibraryParts taken = parts == null ? LibraryParts.all(update) : parts;
        InvalidException.throwIfAny(choiceViolations(update, taken));
        ScenarioPack pack = LibraryPack.pack(slug);
        PackScenario edition = pack.scenario();
        Scenario current = scenarios.findBySlug(slug).orElseThrow();
        Script script = taken.script() ? edition.script() : current.script();
        Rubric rubric = new Rubric(CriterionPicks.merge(
                rubrics.draft(slug).criteria(), pack.rubric().criteria(), taken.criteria()));
        List<LabelledExample> examples = taken.labelledAnswers() ? newExamples(pack, slug) : List.of();
        InvalidException.throwIfAny(fitViolations(rubric, script, examples));
        ScenarioView loaded = taken.texts() || taken.script()
                ? authoring.update(
                        slug,
                        new ScenarioEdit(
                                scenarioVersion,
                                taken.texts() ? edition.title() : current.title(),
                                taken.texts()
                                        ? edition.summary()
                                        : current.summary().summary(),
                                taken.texts() ? edition.sourceStory() : current.sourceStory(),
                                taken.texts() ? passMark(edition) : current.passMark(),
                                script))
                : catalogue.get(slug, true);
        if (!taken.criteria().isEmpty()) {
            rubrics.revise(slug, rubricVersion, rubric, by);
        }
        rubrics.addExamples(slug, examples, by);
        settle(slug);
        return loaded;
    }

    /** Nothing taken, or a criterion the update does not change. */
    private static List<Violation> choiceViolations(LibraryUpdate update, LibraryParts taken) {
        List<Violation> violations = new ArrayList<>();
        if (taken.nothing()) {
            violations.add(new Violation(
                    "/take", "Choose at least one part of the library's edition to load, or keep your version."));
        }
        List<String> offered =
                update.criteria().stream().map(CriterionChange::key).toList();
        taken.criteria().stream()
                .filter(key -> !offered.contains(key))
                .sorted()
                .forEach(key -> violations.add(new Violation(
                        Violation.pointer("/take/criteria", key),
                        "The library's edition does not change a criterion '" + key + "'"
                                + (offered.isEmpty()
                                        ? ": it changes none."
                                        : ": it changes " + Lists.quoted(offered) + "."))));
        return violations;
    }

    /** What the parts taken break, together with what is kept: in words naming the criterion or answer at fault. */
    private static List<Violation> fitViolations(Rubric rubric, Script script, List<LabelledExample> examples) {
        List<Violation> violations = new ArrayList<>();
        for (Violation broken : rubric.violations(script)) {
            Matcher criterion = CRITERION_AT.matcher(broken.pointer());
            violations.add(new Violation(
                    "/take",
                    "The parts chosen do not fit with what you keep: "
                            + (criterion.lookingAt()
                                    ? "the criterion '"
                                            + rubric.criteria()
                                                    .get(Integer.parseInt(criterion.group(1)))
                                                    .key() + "': "
                                    : "")
                            + broken.message()));
        }
        List<Violation> labels = new ArrayList<>();
        for (LabelledExample example : examples) {
            labels.addAll(example.violations(rubric, script, Integer.MAX_VALUE, "/take/labelledAnswers"));
        }
        if (!labels.isEmpty()) {
            violations.add(new Violation(
                    "/take/labelledAnswers",
                    "The library's labelled answers do not all fit the script and rubric you would have ("
                            + labels.get(0).message() + "): take the parts they were labelled with, or leave them."));
        }
        return violations;
    }

    /** Keeps the installation's own version: this edition is not offered again. */
    @Transactional
    public void keep(String slug) {
        on(slug);
        settle(slug);
    }

    /** An unknown scenario is 404; one with no edition on offer (any more) is a conflict with its state. */
    private LibraryUpdate on(String slug) {
        if (scenarios.findBySlug(slug).isEmpty()) {
            throw ScenarioCatalogue.unknown(slug);
        }
        return pending(slug)
                .orElseThrow(() ->
                        new ConflictException("The library has no update on offer for '" + slug + "': it was loaded or"
                                + " kept already, or this scenario is not one the library seeded here."));
    }

    private void settle(String slug) {
        em.find(LibrarySeed.class, slug).settle(LibraryPack.digest(slug));
    }

    private static double passMark(PackScenario edition) {
        return Objects.requireNonNullElse(edition.passMark(), Scenario.DEFAULT_PASS_MARK);
    }

    private List<LabelledExample> newExamples(ScenarioPack pack, String slug) {
        List<LabelledExample> own = rubrics.examples(slug, null);
        return pack.labelledExamples().stream().filter(e -> !own.contains(e)).toList();
    }
}
