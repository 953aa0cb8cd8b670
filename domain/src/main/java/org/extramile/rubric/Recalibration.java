package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.extramile.jobs.JobProgress;
import org.extramile.scenario.Scenario;

/**
 * Calibrates, in the background, the published rubric versions that trainers labelled since their last calibration,
 * so that the first answer scored after a new label finds the calibration fitted and stored. It fits exactly what
 * scoring would fit from the same labels, so a score does not depend on which of the two got there first.
 */
@ApplicationScoped
public class Recalibration {

    @Inject
    StoredCalibrations stored;

    @Inject
    RubricScorer scorer;

    @Inject
    EntityManager em;

    /** How many versions were calibrated again; each one fitted is a step of the progress. */
    public int recalibrateLabelled(JobProgress progress) {
        List<Long> stale = stored.stale();
        int done = 0;
        progress.reached(0, stale.size());
        for (int i = 0; i < stale.size(); i++) {
            RubricVersion version = em.find(RubricVersion.class, stale.get(i));
            if (version != null) {
                Scenario scenario = em.find(Scenario.class, version.scenarioId());
                scorer.recalibrate(scenario.slug() + "@" + version.number(), version.rubric(), version.id());
                done++;
            }
            progress.reached(i + 1, stale.size());
        }
        return done;
    }
}
