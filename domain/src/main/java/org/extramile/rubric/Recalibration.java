package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** How many versions were calibrated again. */
    public int recalibrateLabelled() {
        int done = 0;
        for (Long versionId : stored.stale()) {
            RubricVersion version = em.find(RubricVersion.class, versionId);
            if (version != null) {
                Scenario scenario = em.find(Scenario.class, version.scenarioId());
                scorer.recalibrate(scenario.slug() + "@" + version.number(), version.rubric(), versionId);
                done++;
            }
        }
        return done;
    }
}
