package org.extramile.scenario.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.extramile.rubric.LabelledExample;
import org.extramile.rubric.Rubric;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricChanges;
import org.extramile.rubric.RubricDraftView;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioEdit;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.ScriptChanges;
import org.extramile.scenario.pack.PackScenario;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.shared.ConflictException;

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
     * Loads the library's edition: its texts and script into the scenario, its rubric into the draft, its labelled
     * answers beside the draft's. Refused (409) if the scenario or the draft changed since the versions named.
     */
    @Transactional
    public ScenarioView load(String slug, long scenarioVersion, long rubricVersion, String by) {
        on(slug);
        ScenarioPack pack = LibraryPack.pack(slug);
        PackScenario edition = pack.scenario();
        ScenarioView loaded = authoring.update(
                slug,
                new ScenarioEdit(
                        scenarioVersion,
                        edition.title(),
                        edition.summary(),
                        edition.sourceStory(),
                        passMark(edition),
                        edition.script()));
        rubrics.revise(slug, rubricVersion, pack.rubric(), by);
        rubrics.addExamples(slug, newExamples(pack, slug), by);
        settle(slug);
        return loaded;
    }

    /** Keeps the installation's own version: this edition is not offered again. */
    @Transactional
    public void keep(String slug) {
        on(slug);
        settle(slug);
    }

    /** An unknown scenario is 404; one with no edition on offer (any more) is a conflict with its state. */
    private void on(String slug) {
        if (scenarios.findBySlug(slug).isEmpty()) {
            throw ScenarioCatalogue.unknown(slug);
        }
        if (pending(slug).isEmpty()) {
            throw new ConflictException("The library has no update on offer for '" + slug + "': it was loaded or"
                    + " kept already, or this scenario is not one the library seeded here.");
        }
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
