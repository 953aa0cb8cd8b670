package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.extramile.scoring.Calibration;

/**
 * The published rubric versions' calibrations in the database, shared by every node: fitted once in the cluster,
 * loaded by the others. Its own transactions, since scoring runs outside one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class StoredCalibrations {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The version's calibration, if one was fitted on exactly these labels. */
    Optional<Calibration> find(Long versionId, LabelFingerprint fingerprint) {
        return Optional.ofNullable(em.find(RubricCalibration.class, versionId))
                .filter(stored -> stored.fingerprint().equals(fingerprint))
                .map(stored -> CalibrationJson.read(stored.models()));
    }

    void save(Long versionId, LabelFingerprint fingerprint, Calibration calibration) {
        RubricCalibration stored = em.find(RubricCalibration.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            stored = new RubricCalibration(versionId);
            stored.fitted(fingerprint, CalibrationJson.write(calibration), clock.instant());
            em.persist(stored);
        } else {
            stored.fitted(fingerprint, CalibrationJson.write(calibration), clock.instant());
        }
    }

    /** The published versions whose labels are not those of their stored calibration (or that have none stored). */
    List<Long> stale() {
        Map<Long, LabelFingerprint> stored = new HashMap<>();
        em.createQuery("select c from RubricCalibration c", RubricCalibration.class)
                .getResultStream()
                .forEach(c -> stored.put(c.rubricVersionId(), c.fingerprint()));
        return em.createQuery(
                        "select l.rubricVersionId, count(l), max(l.id) from ScoringLabel l"
                                + " where l.rubricVersionId is not null group by l.rubricVersionId"
                                + " order by l.rubricVersionId",
                        Object[].class)
                .getResultStream()
                .filter(row -> !new LabelFingerprint(((Number) row[1]).longValue(), ((Number) row[2]).longValue())
                        .equals(stored.get((Long) row[0])))
                .map(row -> (Long) row[0])
                .toList();
    }
}
