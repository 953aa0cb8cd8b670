package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.extramile.people.PersonErased;
import org.extramile.shared.persistence.RowRewrite;

/**
 * Forgets an erased person's answers: each turn keeps its levels and points (the scenario's figures stay true) and
 * loses the words, in the card the trainee saw, in every card kept of it and in a request to look again (that they
 * asked stays); the review queue no longer holds them,
 * and an attempt they had not finished is abandoned.
 */
@ApplicationScoped
public class AnswerErasure {

    /** The turns of the person's attempts (its one parameter, {@code ?}: their account), in SQL. */
    public static final String TURNS_OF =
            "select t.id from turn t join attempt a on a.id = t.attempt_id where a.account_id = ?";

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        // In SQL: kept cards are immutable to the entity manager, and a long history is more than it should hold.
        // Each turn keeps its levels and points; with no words left there is nothing for a trainer to review.
        erased.erased(
                "answers",
                RowRewrite.each(
                        em,
                        "select id, card from turn where id in (" + TURNS_OF + ")",
                        erased.accountId(),
                        "update turn set answer = '', card = ?, under_review = false, review_request = case"
                                + " when review_request is null then null else '' end where id = ?",
                        (turn, update) -> {
                            update.setString(1, ScoreCardConverter.erased(turn.getString(2)));
                            update.setObject(2, turn.getObject(1));
                        }));
        RowRewrite.each(
                em,
                "select id, card, recorded_by from turn_card where turn_id in (" + TURNS_OF + ")",
                erased.accountId(),
                "update turn_card set card = ?, recorded_by = ? where id = ?",
                (card, update) -> {
                    String by = card.getString(3);
                    update.setString(1, ScoreCardConverter.erased(card.getString(2)));
                    update.setString(2, erased.username().equals(by) ? erased.pseudonym() : by);
                    update.setLong(3, card.getLong(1));
                });
        em.createQuery(
                        "select a from Attempt a where a.accountId = :account"
                                + " and (a.underReview = true or a.status = :inProgress)",
                        Attempt.class)
                .setParameter("account", erased.accountId())
                .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
                .getResultStream()
                .forEach(attempt -> {
                    attempt.reviewed(false);
                    // Nobody will finish it: it counts as given up, not as still being played.
                    if (attempt.status() == AttemptStatus.IN_PROGRESS) {
                        attempt.abandon(erased.at());
                    }
                });
    }
}
