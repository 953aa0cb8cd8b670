package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.scoring.ScoreCard;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Highlighter;

/** The "try an answer" panel: scores a sample answer against the saved draft, storing nothing. */
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
    private ScoreCard card;

    public void score() {
        try {
            card = rubrics.preview(editor.getSlug(), step, answer == null ? "" : answer);
            scoredAnswer = answer == null ? "" : answer;
        } catch (RuntimeException refused) {
            card = null;
            Failures.report(refused);
        }
    }

    /** The scored answer as HTML, escaped, with the evidence of met criteria and shown penalties marked. */
    public String getHighlighted() {
        if (card == null) {
            return "";
        }
        return Highlighter.highlight(scoredAnswer, card);
    }

    /** Confidence as a whole percentage, for people. */
    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }

    public ScoreCard getCard() {
        return card;
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
