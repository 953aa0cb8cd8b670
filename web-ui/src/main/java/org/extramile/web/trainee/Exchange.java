package org.extramile.web.trainee;

/**
 * One exchange of the conversation so far: what the customer said, and what the trainee answered, with the answer's
 * place (1 for the first), its points, and whether its feedback is the one the page shows.
 */
public record Exchange(
        String customerLine,
        String stageDirection,
        String answer,
        int number,
        int points,
        int maxPoints,
        boolean underReview,
        boolean shown) {}
