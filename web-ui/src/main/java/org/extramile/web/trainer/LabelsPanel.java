package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.rubric.LabelledAnswerView;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.ScenarioLabels;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * "What the scorer learns from" on the rubric page: the draft's labelled answers, a page at a time, whether the scorer
 * is calibrated on them yet, and a label given by mistake taken back. Shown on request, as calibrating on a hundred
 * labels takes a second or two the first time.
 */
@Named
@ViewScoped
public class LabelsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    RubricEditor editor;

    private ScenarioLabels labels;

    /** Only the answers the scorer gets wrong when fitted without them. */
    private boolean disagreeing;

    public void show() {
        load(0);
    }

    public void newer() {
        load(labels.answers().page() - 1);
    }

    public void older() {
        load(labels.answers().page() + 1);
    }

    public void remove(LabelledAnswerView answer) {
        int page = labels.answers().page();
        try {
            rubrics.removeLabel(editor.getSlug(), answer.id());
            Failures.info(Texts.text("labels.removed", answer.text()));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
        load(page);
        // The last answer of the last page removed: show the page before, not an empty one.
        if (labels != null && labels.answers().items().isEmpty() && page > 0) {
            load(page - 1);
        }
    }

    private void load(int page) {
        try {
            labels = rubrics.labels(editor.getSlug(), null, disagreeing, new PageRequest(Math.max(0, page), PAGE_SIZE));
        } catch (RuntimeException refused) {
            labels = null;
            Failures.report(refused);
        }
    }

    /**
     * The levels an answer was given, each under its criterion's title, in the rubric's order (a criterion since
     * removed from the draft under its key, last).
     */
    public List<GivenLevel> levelsOf(LabelledAnswerView answer) {
        Map<String, String> given = new LinkedHashMap<>(answer.levels());
        List<GivenLevel> levels = new ArrayList<>();
        labels.criteria().stream()
                .filter(c -> given.containsKey(c.key()))
                .forEach(c -> levels.add(new GivenLevel(c.title(), given.remove(c.key()))));
        given.forEach((key, level) -> levels.add(new GivenLevel(key, level)));
        return levels;
    }

    public record GivenLevel(String criterion, String level) {}

    /** The answers the scorer gets wrong, or all of them again, from the first page. */
    public void filter() {
        load(0);
    }

    public boolean isDisagreeing() {
        return disagreeing;
    }

    public void setDisagreeing(boolean disagreeing) {
        this.disagreeing = disagreeing;
    }

    /**
     * The criteria the scorer disagrees with the trainer on, for this answer, each with the level it reads in the
     * rubric's own words: the lowest level where the trainer gave a higher one, the higher one of a two-level
     * criterion ("present") or "met" where the trainer gave the lowest.
     */
    public String disagreementsOf(LabelledAnswerView answer) {
        Map<String, String> titles = new LinkedHashMap<>();
        labels.criteria().forEach(c -> titles.put(c.key(), c.title()));
        return String.join(
                "; ",
                answer.disagreements().stream()
                        .map(key -> disagreement(
                                titles.getOrDefault(key, key),
                                key,
                                answer.levels().get(key)))
                        .toList());
    }

    private String disagreement(String title, String key, String given) {
        List<String> levels = editor.getCriteria().stream()
                .filter(c -> key.equals(c.getKey()))
                .findFirst()
                .map(c -> c.getLevels().stream()
                        .map(CriterionForm.LevelForm::getName)
                        .toList())
                .orElse(List.of());
        int at = levels.indexOf(given);
        if (at < 0) {
            return title;
        }
        if (at > 0) {
            return Texts.text("labels.disagreement", title, levels.get(0));
        }
        return levels.size() == 2
                ? Texts.text("labels.disagreement", title, levels.get(1))
                : Texts.text("labels.disagreement.met", title);
    }

    /** Null until shown. */
    public ScenarioLabels getLabels() {
        return labels;
    }
}
