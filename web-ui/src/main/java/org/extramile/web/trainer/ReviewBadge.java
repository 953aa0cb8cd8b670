package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.extramile.attempt.review.Review;
import org.extramile.attempt.review.WaitingForReview;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Pages;

/**
 * The count beside "Review" in a trainer's navigation: answers wait unchecked until someone opens the queue, and the
 * count shows on every page that they do. It counts, and the link opens, the scenarios the trainer follows if any.
 */
@Named
@RequestScoped
public class ReviewBadge {

    @Inject
    Review review;

    private WaitingForReview waiting;

    public WaitingForReview getWaiting() {
        if (waiting == null) {
            try {
                waiting = review.waitingFor(Pages.caller());
            } catch (NotFoundException noAccount) {
                waiting = new WaitingForReview(0, false);
            }
        }
        return waiting;
    }
}
