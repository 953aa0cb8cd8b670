package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.Scorer;

/**
 * The published rubric versions' calibrations in the database, shared by every node: fitted once in the cluster,
 * loaded by the others. Its own transactions, since scoring runs outside one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class StoredCalibrations {

    /** The column's size (V8): about 5,000 labelled clauses with their vectors. */
    private static final int MAX_CHARACTERS = 10_000_000;

    private static final Logger LOG = Logger.getLogger(StoredCalibrations.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The version's calibration, if one was fitted on exactly these labels by the scorer running now. */
    Optional<Calibration> find(Long versionId, LabelFingerprint fingerprint) {
        return Optional.ofNullable(em.find(RubricCalibration.class, versionId))
                .filter(stored -> stored.current() && stored.fingerprint().equals(fingerprint))
                .map(stored -> CalibrationJson.read(stored.models()));
    }

    /**
     * Stores the version's calibration for these labels. Two nodes (or two answers) may fit the same one at once: the
     * insert does nothing for the second, which then writes its own only if its labels are newer, or the one stored
     * was fitted by an earlier revision of the scorer.
     */
    void save(Long versionId, LabelFingerprint fingerprint, Calibration calibration) {
        String models = CalibrationJson.write(calibration);
        if (models.length() > MAX_CHARACTERS) {
            LOG.warning(() -> "The calibration of rubric version " + versionId + " takes " + models.length()
                    + " characters, more than its column holds: not stored, each node fits its own.");
            return;
        }
        int inserted = em.createNativeQuery("insert into rubric_calibration"
                        + " (rubric_version_id, label_count, last_label_id, models, calibrated_at, scorer_revision)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, versionId)
                .setParameter(2, fingerprint.count())
                .setParameter(3, fingerprint.lastId())
                .setParameter(4, models)
                .setParameter(5, clock.instant())
                .setParameter(6, Scorer.REVISION)
                .executeUpdate();
        if (inserted == 0) {
            em.createNativeQuery("update rubric_calibration set label_count = ?2, last_label_id = ?3, models = ?4,"
                            + " calibrated_at = ?5, scorer_revision = ?6 where rubric_version_id = ?1"
                            + " and (last_label_id < ?3 or scorer_revision < ?6)")
                    .setParameter(1, versionId)
                    .setParameter(2, fingerprint.count())
                    .setParameter(3, fingerprint.lastId())
                    .setParameter(4, models)
                    .setParameter(5, clock.instant())
                    .setParameter(6, Scorer.REVISION)
                    .executeUpdate();
        }
    }

    /**
     * The published versions whose labels are not those of their stored calibration, or whose calibration an earlier
     * revision of the scorer fitted (or that have none stored).
     */
    List<Long> stale() {
        Map<Long, LabelFingerprint> stored = new HashMap<>();
        em.createQuery("select c from RubricCalibration c", RubricCalibration.class)
                .getResultStream()
                .filter(RubricCalibration::current)
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
