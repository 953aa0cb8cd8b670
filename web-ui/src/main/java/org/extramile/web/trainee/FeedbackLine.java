package org.extramile.web.trainee;

import org.extramile.attempt.CriterionFeedback;

/** A criterion's feedback on a turn with the points it earned (or, for a penalty, cost). */
public record FeedbackLine(CriterionFeedback feedback, int points, int maxPoints) {

    /** Whether the answer fell short here: a criterion missed or a penalty shown. */
    public boolean shortOf() {
        return feedback.penalty() == feedback.met();
    }
}
