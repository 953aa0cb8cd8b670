package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.extramile.scenario.Route;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.Script;
import org.extramile.scenario.Step;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

/** A trainer's use cases on a scenario's rubric: read and revise the draft, publish, look back. */
@ApplicationScoped
@Transactional
public class RubricAuthoring {

    @Inject
    ScenarioRepository scenarios;

    @Inject
    RubricRepository rubrics;

    @Inject
    RubricScorer scorer;

    @Inject
    ScoringLabels labels;

    @Inject
    Clock clock;

    public RubricDraftView draft(String slug) {
        Scenario scenario = scenario(slug);
        return view(scenario, draftOf(scenario));
    }

    public RubricDraftView revise(
            String slug,
            long editedVersion,
            @NotNull(message = "A rubric is required: {\"version\", \"criteria\"}.") @Valid Rubric rubric,
            String by) {
        Scenario scenario = scenario(slug);
        RubricDraft draft = draftOf(scenario);
        draft.revise(editedVersion, rubric, scenario.script(), by, clock.instant());
        rubrics.flush();
        return view(scenario, draft);
    }

    /**
     * Freezes the draft, with the scenario's script and pass mark, as the next version; unless nothing of it (nor of
     * the labels it would carry) changed since the latest version, which then stays the one trainees are scored by,
     * so that the history holds no version that is another's twin. Either way the scenario opens.
     */
    public Publication publish(String slug, String by) {
        Scenario scenario = scenario(slug);
        RubricDraft draft = draftOf(scenario);
        Script script = scenario.script();
        List<Violation> violations = new ArrayList<>(script.violations());
        violations.addAll(draft.rubric().violations(script));
        violations.addAll(scoresEveryStep(draft.rubric(), script));
        InvalidException.throwIfAny(violations);
        scenario.open();
        Optional<RubricVersion> latest = rubrics.latest(scenario.id());
        if (latest.isPresent()
                && latest.get().freezes(draft.rubric(), script, scenario.passMark())
                && labels.carried(scenario.id(), latest.get().id(), draft.rubric())) {
            return new Publication(latest.get().summary(), false);
        }
        // A draft saved while it is being published makes one of the two fail, never a version of half of each.
        rubrics.lockForPublishing(draft);
        int number = latest.map(v -> v.number() + 1).orElse(1);
        RubricVersion version = new RubricVersion(
                scenario.id(), number, draft.rubric(), script, scenario.passMark(), by, clock.instant());
        rubrics.add(version);
        labels.carry(scenario.id(), version.id(), version.rubric());
        return new Publication(version.summary(), true);
    }

    /**
     * What the draft rubric makes of an answer, storing nothing: the step named, or the first one. The
     * draft's version is part of the scorer's cache key, so an edit is seen at once.
     */
    public Preview preview(String slug, String step, String answer) {
        Scenario scenario = scenario(slug);
        RubricDraft draft = draftOf(scenario);
        Script script = scenario.script();
        String stepKey = RubricScorer.stepOf(script, step);
        Step answered = script.step(stepKey)
                .orElseThrow(() -> new InvalidException(List.of(new Violation("/step", script.noSuchStep(stepKey)))));
        if (answer.length() > scorer.maxAnswerLength()) {
            throw new InvalidException(List.of(new Violation(
                    "/text",
                    "An answer is at most " + scorer.maxAnswerLength() + " characters, not " + answer.length() + ".")));
        }
        ScoreCard card = scorer.score(
                slug + "@draft-" + draft.version(),
                draft.rubric(),
                LabelScope.draft(scenario.id()),
                answered.key(),
                answer);
        Route route = answered.route(card.metCriteria(), card.criteriaMetInFull());
        return new Preview(
                card,
                route.branch(),
                route.next() == null ? null : script.step(route.next()).orElse(null));
    }

    /** The draft scored on its own examples: where it contradicts itself ({@link RubricSelfCheck}). */
    public List<RubricSelfCheck.Finding> selfCheck(String slug) {
        Scenario scenario = scenario(slug);
        RubricDraft draft = draftOf(scenario);
        return RubricSelfCheck.of(
                draft.rubric(),
                (rubric, step, text) -> scorer.score(
                        slug + "@draft-" + draft.version(),
                        rubric,
                        LabelScope.draft(scenario.id()),
                        step,
                        text.length() > scorer.maxAnswerLength() ? text.substring(0, scorer.maxAnswerLength()) : text));
    }

    /**
     * A trainer's "this verdict is wrong" in preview: the levels the answer deserves, kept as labels of the draft
     * (the step named, or the first one). The next preview calibrates on them once there are enough.
     */
    public DraftLabels label(String slug, LabelledExample example, String by) {
        Scenario scenario = scenario(slug);
        Script script = scenario.script();
        LabelledExample labelled =
                new LabelledExample(RubricScorer.stepOf(script, example.step()), example.text(), example.levels());
        InvalidException.throwIfAny(
                labelled.violations(draftOf(scenario).rubric(), script, scorer.maxAnswerLength(), ""));
        labels.addToDraft(scenario.id(), ScoringLabel.Source.PREVIEW, labelled, by, clock.instant());
        return new DraftLabels(
                slug, labels.answers(LabelScope.draft(scenario.id())).size());
    }

    /** Labelled examples stored with the draft rubric, as a pack carries them; checked by the pack's reader. */
    public void addExamples(String slug, List<LabelledExample> examples, String by) {
        Scenario scenario = scenario(slug);
        examples.forEach(
                example -> labels.addToDraft(scenario.id(), ScoringLabel.Source.EXAMPLE, example, by, clock.instant()));
    }

    /** The trainer-written labelled answers of the draft, or of a published version when one is named. */
    public List<LabelledExample> examples(String slug, Integer version) {
        Scenario scenario = scenario(slug);
        if (version == null) {
            return labels.examples(LabelScope.draft(scenario.id()));
        }
        return labels.examples(LabelScope.version(published(scenario, version).id()));
    }

    /**
     * What the scorer learns from for the draft, or for published version {@code version} when one is named: whether
     * it is calibrated yet, each criterion's labels and model, and a page of the labelled answers, newest first (only
     * those the scorer gets wrong when it is fitted without them, if {@code disagreeing}).
     */
    public ScenarioLabels labels(String slug, Integer version, boolean disagreeing, PageRequest page) {
        Scenario scenario = scenario(slug);
        String id;
        Rubric rubric;
        LabelScope scope;
        if (version == null) {
            RubricDraft draft = draftOf(scenario);
            id = slug + "@draft-" + draft.version();
            rubric = draft.rubric();
            scope = LabelScope.draft(scenario.id());
        } else {
            RubricVersion published = published(scenario, version);
            id = slug + "@" + version;
            rubric = published.rubric();
            scope = LabelScope.version(published.id());
        }
        Calibration calibration = scorer.calibration(id, rubric, scope);
        List<ScoringLabel> rows = labels.all(scope);
        List<LabelledAnswerView> answers =
                LabelsOverview.answers(rows, version == null, calibration, scorer.readingOrder(labels.answers(rows)));
        return new ScenarioLabels(
                slug,
                version,
                !calibration.models().isEmpty(),
                answers.size(),
                scorer.minLabels(),
                LabelsOverview.criteria(rubric, answers, calibration),
                LabelsOverview.page(
                        disagreeing
                                ? answers.stream()
                                        .filter(a -> !a.disagreements().isEmpty())
                                        .toList()
                                : answers,
                        page));
    }

    /**
     * Takes an answer a trainer labelled in preview (or a pack brought) out of the draft's labels, so the scorer no
     * longer learns from it; the next version is published without it. A review's labels are changed by reviewing
     * the turn again, and a published version's labels never change.
     */
    public void removeLabel(String slug, long id) {
        Scenario scenario = scenario(slug);
        if (!labels.removeFromDraft(scenario.id(), id)) {
            throw new NotFoundException("The draft of '" + slug + "' has no labelled answer " + id
                    + " written by a trainer: it may have been removed already; a review's labels change when its"
                    + " turn is reviewed again.");
        }
    }

    public List<PublishedVersion> versions(String slug) {
        return rubrics.versions(scenario(slug).id()).stream()
                .map(RubricVersion::summary)
                .toList();
    }

    /** The published versions, newest first, each with what it changed from the one before. */
    public List<VersionChanges> history(String slug) {
        List<VersionChanges> history = new ArrayList<>();
        RubricVersion before = null;
        for (RubricVersion version : rubrics.versions(scenario(slug).id())) {
            history.add(0, VersionChanges.of(before, version));
            before = version;
        }
        return history;
    }

    /** What published version {@code number} changed from the one before it. */
    public VersionChanges changes(String slug, int number) {
        return history(slug).stream()
                .filter(version -> version.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "The scenario '" + slug + "' has no published rubric version " + number + "."));
    }

    public RubricVersionView version(String slug, int number) {
        Scenario scenario = scenario(slug);
        return rubrics.version(scenario.id(), number)
                .map(version -> RubricVersionView.of(slug, version))
                .orElseThrow(() -> new NotFoundException(
                        "The scenario '" + slug + "' has no published rubric version " + number + "."));
    }

    /** A published rubric must be able to score every step: at least one criterion that is not a penalty. */
    private static List<Violation> scoresEveryStep(Rubric rubric, Script script) {
        List<Violation> violations = new ArrayList<>();
        for (Step step : script.steps()) {
            boolean scored = rubric.appliesTo(step.key()).stream().anyMatch(c -> c.kind() != CriterionKind.PENALTY);
            if (!scored) {
                violations.add(new Violation(
                        "/criteria", "No criterion scores the step '" + step.key() + "': add one before publishing."));
            }
        }
        return violations;
    }

    private RubricVersion published(Scenario scenario, int number) {
        return rubrics.version(scenario.id(), number)
                .orElseThrow(() -> new NotFoundException(
                        "The scenario '" + scenario.slug() + "' has no published rubric version " + number + "."));
    }

    private Scenario scenario(String slug) {
        return scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
    }

    /** Every scenario has a draft; one made before rubrics existed gets an empty one on first use. */
    private RubricDraft draftOf(Scenario scenario) {
        return rubrics.draft(scenario.id()).orElseGet(() -> {
            RubricDraft draft = new RubricDraft(scenario.id(), Rubric.empty(), "system", clock.instant());
            rubrics.add(draft);
            return draft;
        });
    }

    private RubricDraftView view(Scenario scenario, RubricDraft draft) {
        Integer latest =
                rubrics.latest(scenario.id()).map(RubricVersion::number).orElse(null);
        return new RubricDraftView(
                scenario.slug(),
                draft.version(),
                draft.updatedAt(),
                draft.updatedBy(),
                draft.rubric().criteria(),
                latest);
    }
}
