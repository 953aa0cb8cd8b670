package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extramile.rubric.DraftLabels;
import org.extramile.rubric.LabelledExample;
import org.extramile.rubric.Level;
import org.extramile.rubric.Preview;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Step;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Highlighter;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The "try an answer" panel: scores a sample answer against the saved draft, storing nothing; when the verdict is
 * wrong, the trainer sets the levels the answer deserves and they are kept as labels the scorer calibrates on.
 */
@Named
@ViewScoped
public class AnswerTrial implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    RubricEditor editor;

    private String step;
    private String answer;
    private String scoredAnswer;
    private String scoredStep;
    private Preview preview;
    /** The levels the trainer says the scored answer deserves, by criterion key: the scorer's until changed. */
    private final Map<String, String> labels = new LinkedHashMap<>();

    private final Map<String, List<String>> levelNames = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    public void score() {
        try {
            preview = rubrics.preview(editor.getSlug(), step, answer == null ? "" : answer);
            scoredAnswer = answer == null ? "" : answer;
            scoredStep = step;
            labels.clear();
            verdicts().forEach(verdict -> labels.put(verdict.key(), verdict.level()));
            levelNames.clear();
            titles.clear();
            rubrics.draft(editor.getSlug()).criteria().forEach(c -> {
                levelNames.put(c.key(), c.levels().stream().map(Level::name).toList());
                titles.put(c.key(), c.title());
            });
        } catch (RuntimeException refused) {
            preview = null;
            Failures.report(refused);
        }
    }

    /** Plays on: the step the scored answer led to becomes the one to answer, so a whole conversation is tried. */
    public void answerNext() {
        if (getNext() != null) {
            step = getNext().key();
            answer = null;
            preview = null;
        }
    }

    /** The step the scored answer would lead to; null when the role-play would end with it. */
    public Step getNext() {
        return preview == null ? null : preview.next();
    }

    /** Why the answer leads where it does: the branch it took, named by its criteria, or the default way on. */
    public String getWay() {
        if (getNext() == null) {
            return "";
        }
        Branch branch = preview.branch();
        if (branch == null) {
            return Texts.text("trial.way.default");
        }
        String met = BranchWords.met(branch, titles);
        String notMet = BranchWords.notMet(branch, titles);
        if (notMet.isEmpty()) {
            return Texts.text("trial.way.met", met);
        }
        return met.isEmpty() ? Texts.text("trial.way.notMet", notMet) : Texts.text("trial.way.both", met, notMet);
    }

    /** "This verdict is wrong": keeps the scored answer with the levels the trainer set, as a label of the draft. */
    public void keepLabel() {
        try {
            DraftLabels kept = rubrics.label(
                    editor.getSlug(), new LabelledExample(scoredStep, scoredAnswer, labels), Pages.caller());
            Failures.info(Texts.text("trial.labelKept", kept.labelledAnswers()));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    /** Every verdict of the card, criteria then penalties: each can be labelled. */
    public List<CriterionScore> verdicts() {
        if (preview == null) {
            return List.of();
        }
        List<CriterionScore> all = new ArrayList<>(preview.card().criteria());
        all.addAll(preview.card().penalties());
        return all;
    }

    /** The level names of a criterion of the draft, lowest first. */
    public List<String> levelsOf(String criterionKey) {
        return levelNames.getOrDefault(criterionKey, List.of());
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    /** The scored answer as HTML, escaped, with the evidence of met criteria and shown penalties marked. */
    public String getHighlighted() {
        if (preview == null) {
            return "";
        }
        return Highlighter.highlight(scoredAnswer, preview.card());
    }

    /** Confidence as a whole percentage, for people. */
    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }

    public ScoreCard getCard() {
        return preview == null ? null : preview.card();
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
