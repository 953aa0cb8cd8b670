package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.extramile.attempt.AttemptReading;
import org.extramile.attempt.RolePlay;
import org.extramile.attempt.TurnView;
import org.extramile.scoring.CriterionScore;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Highlighter;
import org.extramile.web.shared.Pages;

/**
 * A trainee's attempt as a trainer reads it: whose it is, every answer with the customer's line it answered, how each
 * was scored criterion by criterion, what the trainee asked a trainer to look at again, and the result. The role-play
 * page speaks to the trainee and acts for them; a trainer opening it is brought here.
 */
@Named
@RequestScoped
public class TraineeAttemptPage {

    @Inject
    RolePlay rolePlay;

    private String attempt;
    private AttemptReading reading;
    private List<Answer> answers = List.of();

    public void load() {
        try {
            reading = rolePlay.read(UUID.fromString(attempt == null ? "" : attempt));
        } catch (IllegalArgumentException | NotFoundException unknown) {
            Pages.notFound();
            return;
        }
        answers = answers();
    }

    /** One answer as a trainer reads it: the turn (with the customer's line it answered), the answer marked, every verdict. */
    public record Answer(TurnView turn, String highlighted, List<CriterionScore> verdicts) {

        /** Where the answer waits in the review queue, when it does. */
        public String queueAnchor() {
            return ReviewQueue.anchor(turn.id());
        }
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    private List<Answer> answers() {
        List<Answer> all = new ArrayList<>();
        for (TurnView turn : reading.attempt().turns()) {
            List<CriterionScore> verdicts = new ArrayList<>(turn.card().criteria());
            verdicts.addAll(turn.card().penalties());
            all.add(new Answer(turn, Highlighter.highlight(turn.text(), turn.card()), verdicts));
        }
        return all;
    }

    public AttemptReading getReading() {
        return reading;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }
}
