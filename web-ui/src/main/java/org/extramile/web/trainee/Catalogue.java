package org.extramile.web.trainee;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extramile.attempt.AttemptSummary;
import org.extramile.attempt.MyAttempts;
import org.extramile.attempt.RolePlay;
import org.extramile.attempt.ScenarioHistory;
import org.extramile.certification.ProgramProgress;
import org.extramile.certification.ProgressView;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioStatus;
import org.extramile.web.shared.Pages;

/**
 * The scenario catalogue page: every scenario with where this trainee stands on it. View scoped, so
 * that a card's button finds its card again when pressed.
 */
@Named
@ViewScoped
public class Catalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    RolePlay rolePlay;

    @Inject
    Plays plays;

    @Inject
    ProgramProgress progress;

    private List<ScenarioCard> cards = List.of();
    private List<ProgressView> programs = List.of();

    public void load() {
        boolean author = Pages.callerIsTrainerOrAdmin();
        MyAttempts mine = rolePlay.mine(Pages.caller());
        Map<String, List<AttemptSummary>> attempts =
                mine.attempts().stream().collect(Collectors.groupingBy(AttemptSummary::scenario));
        Map<String, ScenarioHistory> histories =
                mine.scenarios().stream().collect(Collectors.toMap(ScenarioHistory::scenario, Function.identity()));
        cards = catalogue.visibleTo(author).stream()
                .map(scenario -> ScenarioCard.of(
                        scenario,
                        attempts.getOrDefault(scenario.slug(), List.of()),
                        histories.containsKey(scenario.slug())
                                ? histories.get(scenario.slug()).best()
                                : null))
                .toList();
        programs = progress.of(Pages.caller());
    }

    /** Starts a role-play (or finds the one in progress) and opens it. */
    public String play(String slug) {
        return plays.start(slug);
    }

    public boolean playable(ScenarioCard card) {
        return card.scenario().status() == ScenarioStatus.PUBLISHED;
    }

    public List<ScenarioCard> getCards() {
        return cards;
    }

    /** Each program's way to its certificate, for the panel above the cards. */
    public List<ProgressView> getPrograms() {
        return programs;
    }
}
