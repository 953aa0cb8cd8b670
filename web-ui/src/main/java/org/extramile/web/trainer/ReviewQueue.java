package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.extramile.attempt.review.FollowedScenarios;
import org.extramile.attempt.review.Review;
import org.extramile.attempt.review.ReviewItem;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.Level;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scoring.CriterionScore;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Highlighter;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The review queue: turns the scorer was unsure about, each with the answer, the scorer's levels, and fields to set
 * the levels a trainer judges right, with the reason the audit keeps. One form holds every item: a form repeated per
 * item lost what was typed in all but the last, as the repeat shares one form component whose "submitted" flag the
 * other rows reset.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each answer shows with its verdicts and a form: a backlog of hundreds comes a page at a time. */
    static final int SHOWN = 20;

    @Inject
    Review review;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    FollowedScenarios followedScenarios;

    private String scenario;
    private String criterion;
    private String followed;
    private Integer page;
    private UUID focus;
    private Page<ReviewItem> queue;
    private List<ReviewItem> items = List.of();
    private final Map<String, String> levels = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, List<String>> levelNames = new HashMap<>();
    private List<Choice> scenarioChoices = List.of();
    private List<Choice> criterionChoices = List.of();

    public void load() {
        scenarioChoices = catalogue.visibleTo(true).stream()
                .map(s -> new Choice(s.slug(), s.title()))
                .toList();
        try {
            criterionChoices = criterionChoices(blankToNull(scenario));
            queue = page(
                    Optional.ofNullable(blankToNull(scenario)),
                    Optional.ofNullable(blankToNull(criterion)),
                    isOnlyFollowed() ? Optional.of(Pages.caller()) : Optional.empty());
            if (isOnlyFollowed() && followedScenarios.of(Pages.caller()).isEmpty()) {
                Failures.info(Texts.text("review.followedNone"));
            }
        } catch (NotFoundException unknown) {
            // A hand-edited or stale address (a scenario since deleted): say so and show the whole queue.
            Failures.error(Texts.text("review.unknownFilter", scenario));
            scenario = null;
            criterion = null;
            followed = null;
            criterionChoices = criterionChoices(null);
            queue = page(Optional.empty(), Optional.empty(), Optional.empty());
        }
        items = queue.items();
        for (ReviewItem item : items) {
            for (CriterionScore c : verdicts(item)) {
                levels.putIfAbsent(key(item, c.key()), c.level());
            }
        }
    }

    /** The page asked for; one past the end (its last answers just settled, or a stale address) shows the last. */
    private Page<ReviewItem> page(Optional<String> scenario, Optional<String> criterion, Optional<String> follower) {
        Page<ReviewItem> found = review.queue(scenario, criterion, follower, request(page));
        if (found.items().isEmpty() && found.total() > 0) {
            page = found.pageCount() - 1;
            found = review.queue(scenario, criterion, follower, request(page));
        }
        return found;
    }

    private static PageRequest request(Integer page) {
        try {
            return PageRequest.of(page, SHOWN);
        } catch (InvalidException beyond) {
            return PageRequest.of(0, SHOWN);
        }
    }

    /**
     * Sets the trainer's levels on one turn; the queue is read again, without it, and the answer that took its place
     * takes the focus, so that a trainer working by keyboard goes on from there rather than from the page's top.
     */
    public void settle(ReviewItem item) {
        Map<String, String> chosen = new LinkedHashMap<>();
        verdicts(item).forEach(c -> chosen.put(c.key(), levels.get(key(item, c.key()))));
        try {
            review.override(item.turn(), chosen, reasons.get(item.turn().toString()), Pages.caller());
            Failures.info(Texts.text("review.settled", item.traineeName()));
            int at = items.indexOf(item);
            load();
            focus = items.isEmpty()
                    ? null
                    : items.get(Math.min(Math.max(at, 0), items.size() - 1)).turn();
        } catch (RuntimeException refused) {
            // Several answers wait on the page: say which one was not saved.
            Failures.error(Texts.text("review.notSettled", item.traineeName()));
            Failures.report(refused);
            focus = item.turn();
        }
    }

    /** Whether the item takes the focus when the page loads: the one after the answer just settled, or refused. */
    public boolean focused(ReviewItem item) {
        return item.turn().equals(focus);
    }

    /** The level names a criterion of the item's rubric version has, lowest first. */
    public List<String> levelsOf(ReviewItem item, String criterionKey) {
        return levelNames.computeIfAbsent(
                item.scenario() + "@" + item.rubricVersion() + ":" + criterionKey,
                k -> rubrics.version(item.scenario(), item.rubricVersion()).criteria().stream()
                        .filter(c -> c.key().equals(criterionKey))
                        .findFirst()
                        .map(Criterion::levels)
                        .orElse(List.of())
                        .stream()
                        .map(Level::name)
                        .toList());
    }

    public List<CriterionScore> verdicts(ReviewItem item) {
        List<CriterionScore> all = new java.util.ArrayList<>(item.card().criteria());
        all.addAll(item.card().penalties());
        return all;
    }

    /**
     * The criteria a trainer can ask for, by title: the chosen scenario's, or every scenario's when none is chosen
     * (a key several scenarios share, such as a deflection penalty, once).
     */
    private List<Choice> criterionChoices(String chosen) {
        Map<String, Choice> byKey = new LinkedHashMap<>();
        for (Choice s : scenarioChoices) {
            if (chosen != null && !chosen.equals(s.value())) {
                continue;
            }
            for (Criterion c : rubrics.draft(s.value()).criteria()) {
                byKey.putIfAbsent(c.key(), new Choice(c.key(), c.title()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The scenario's title where the queue names it; its slug if it is gone. */
    public String scenarioTitle(String slug) {
        return scenarioChoices.stream()
                .filter(s -> s.value().equals(slug))
                .map(Choice::label)
                .findFirst()
                .orElse(slug);
    }

    public List<Choice> getScenarioChoices() {
        return scenarioChoices;
    }

    public List<Choice> getCriterionChoices() {
        return criterionChoices;
    }

    public String highlighted(ReviewItem item) {
        return Highlighter.highlight(item.text(), item.card());
    }

    public String key(ReviewItem item, String criterionKey) {
        return item.turn() + ":" + criterionKey;
    }

    public String id(UUID turn) {
        return anchor(turn);
    }

    /** The id of a turn's section in the queue, for links to it from other pages. */
    static String anchor(UUID turn) {
        return "t" + turn.toString().replace("-", "");
    }

    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }

    public List<ReviewItem> getItems() {
        return items;
    }

    public Map<String, String> getLevels() {
        return levels;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    /** Whether the queue shows only the scenarios the trainer follows ({@code followed=true} in the address). */
    public boolean isOnlyFollowed() {
        return "true".equals(followed);
    }

    public String getFollowed() {
        return followed;
    }

    public void setFollowed(String followed) {
        this.followed = followed;
    }

    /** The page shown: which answers of how many. */
    public Page<ReviewItem> getQueue() {
        return queue;
    }

    /** Whether there is a page before or after; false when the address held no page number (no queue then). */
    public boolean isHasPrevious() {
        return queue != null && queue.hasPrevious();
    }

    public boolean isHasNext() {
        return queue != null && queue.hasNext();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One option of the filter: the value sent, the words shown. */
    public record Choice(String value, String label) implements Serializable {}
}
