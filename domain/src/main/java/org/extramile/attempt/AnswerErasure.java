package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.extramile.people.PersonErased;

/**
 * Forgets an erased person's answers: each turn keeps its levels and points (the scenario's figures stay true) and
 * loses the words, in the card the trainee saw and in every card kept of it; the review queue no longer holds them,
 * and an attempt they had not finished is abandoned.
 */
@ApplicationScoped
public class AnswerErasure {

    /** The turns of the person's attempts ({@code ?1}: their account), in SQL. */
    public static final String TURNS_OF =
            "select t.id from turn t join attempt a on a.id = t.attempt_id where a.account_id = ?1";

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        List<Turn> turns = em.createQuery(
                        "select t from Turn t where t.attemptId in"
                                + " (select a.id from Attempt a where a.accountId = :account)",
                        Turn.class)
                .setParameter("account", erased.accountId())
                .getResultList();
        turns.forEach(Turn::erase);
        erased.erased("answers", turns.size());
        em.createQuery("select a from Attempt a where a.accountId = :account", Attempt.class)
                .setParameter("account", erased.accountId())
                .getResultStream()
                .forEach(attempt -> {
                    attempt.reviewed(false);
                    // Nobody will finish it: it counts as given up, not as still being played.
                    if (attempt.status() == AttemptStatus.IN_PROGRESS) {
                        attempt.abandon(erased.at());
                    }
                });
        // Kept cards are immutable to the entity manager: rewritten in SQL.
        @SuppressWarnings("unchecked")
        List<Object[]> cards = em.createNativeQuery(
                        "select id, card, recorded_by from turn_card where turn_id in (" + TURNS_OF + ")")
                .setParameter(1, erased.accountId())
                .getResultList();
        for (Object[] card : cards) {
            em.createNativeQuery("update turn_card set card = ?1, recorded_by = ?2 where id = ?3")
                    .setParameter(1, ScoreCardConverter.erased(card[1]))
                    .setParameter(2, erased.username().equals(card[2]) ? erased.pseudonym() : card[2])
                    .setParameter(3, card[0])
                    .executeUpdate();
        }
    }
}
