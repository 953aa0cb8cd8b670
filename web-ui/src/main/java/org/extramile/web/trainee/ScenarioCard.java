package org.extramile.web.trainee;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.extramile.attempt.AttemptStatus;
import org.extramile.attempt.AttemptSummary;
import org.extramile.scenario.ScenarioSummary;

/**
 * A scenario in the catalogue as one trainee sees it: where they stand on it, their best share so
 * far, and the attempt to continue if one is in progress.
 */
public record ScenarioCard(ScenarioSummary scenario, Standing standing, Double best, UUID inProgress)
        implements Serializable {

    /** Where a trainee stands on a scenario, from their attempts at it. */
    public enum Standing {
        NOT_STARTED,
        IN_PROGRESS,
        PASSED,
        NOT_PASSED
    }

    /** {@code attempts}: the trainee's attempts at this scenario, newest first. */
    static ScenarioCard of(ScenarioSummary scenario, List<AttemptSummary> attempts, Double best) {
        UUID inProgress = attempts.stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .map(AttemptSummary::id)
                .findFirst()
                .orElse(null);
        boolean passed =
                attempts.stream().anyMatch(a -> a.result() != null && a.result().passed());
        boolean completed = attempts.stream().anyMatch(a -> a.result() != null);
        Standing standing = inProgress != null
                ? Standing.IN_PROGRESS
                : passed ? Standing.PASSED : completed ? Standing.NOT_PASSED : Standing.NOT_STARTED;
        return new ScenarioCard(scenario, standing, best, inProgress);
    }
}
