package org.extramile.attempt.review;

import static org.extramile.attempt.AnswerErasure.TURNS_OF;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.extramile.attempt.ScoreCardConverter;
import org.extramile.people.PersonErased;
import org.extramile.rubric.ScoringLabel;

/**
 * Forgets what trainers' reviews kept of an erased person's answers: the labels the scorer learnt from their words
 * (its calibration is fitted again without them), and the words in each override's cards and reason (which could
 * quote them). Overrides and labels are immutable to the entity manager, so this is done in SQL.
 */
@ApplicationScoped
public class OverrideErasure {

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        // A review's labels carry the override's author and moment, to the microsecond.
        erased.erased(
                "labels",
                em.createNativeQuery("delete from scoring_label where source = ?2 and exists (select 1 from"
                                + " score_override o where o.overridden_by = scoring_label.labelled_by"
                                + " and o.overridden_at = scoring_label.labelled_at and o.turn_id in (" + TURNS_OF
                                + "))")
                        .setParameter(1, erased.accountId())
                        .setParameter(2, ScoringLabel.Source.OVERRIDE.name())
                        .executeUpdate());
        @SuppressWarnings("unchecked")
        List<Object[]> overrides = em.createNativeQuery(
                        "select id, card_before, card_after from score_override where turn_id in (" + TURNS_OF + ")")
                .setParameter(1, erased.accountId())
                .getResultList();
        for (Object[] override : overrides) {
            em.createNativeQuery(
                            "update score_override set reason = ?1, card_before = ?2, card_after = ?3 where id = ?4")
                    .setParameter(1, PersonErased.ERASED)
                    .setParameter(2, ScoreCardConverter.erased(override[1]))
                    .setParameter(3, ScoreCardConverter.erased(override[2]))
                    .setParameter(4, override[0])
                    .executeUpdate();
        }
        erased.erased("reviews", overrides.size());
    }
}
