package org.extramile.rubric;

import jakarta.validation.constraints.Size;

/** What the trainee reads when the criterion was met, and when it was missed. */
public record Feedback(
        @Size(max = 1000, message = "Feedback for a met criterion is at most 1000 characters.") String met,
        @Size(max = 1000, message = "Feedback for a missed criterion is at most 1000 characters.") String missed) {}
