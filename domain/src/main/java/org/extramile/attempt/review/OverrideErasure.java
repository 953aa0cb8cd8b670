package org.extramile.attempt.review;

import static org.extramile.attempt.AnswerErasure.TURNS_OF;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.extramile.attempt.ScoreCardConverter;
import org.extramile.people.PersonErased;
import org.extramile.rubric.ScoringLabel;
import org.extramile.shared.persistence.RowRewrite;

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
                em.createNativeQuery("delete from scoring_label where source = ? and exists (select 1 from"
                                + " score_override o where o.overridden_by = scoring_label.labelled_by"
                                + " and o.overridden_at = scoring_label.labelled_at and o.turn_id in (" + TURNS_OF
                                + "))")
                        .setParameter(1, ScoringLabel.Source.OVERRIDE.name())
                        .setParameter(2, erased.accountId())
                        .executeUpdate());
        erased.erased(
                "reviews",
                RowRewrite.each(
                        em,
                        "select id, card_before, card_after from score_override where turn_id in (" + TURNS_OF + ")",
                        erased.accountId(),
                        "update score_override set reason = ?, card_before = ?, card_after = ? where id = ?",
                        (override, update) -> {
                            update.setString(1, PersonErased.ERASED);
                            update.setString(2, ScoreCardConverter.erased(override.getString(2)));
                            update.setString(3, ScoreCardConverter.erased(override.getString(3)));
                            update.setLong(4, override.getLong(1));
                        }));
    }
}
