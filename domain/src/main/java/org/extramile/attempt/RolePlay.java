package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.extramile.rubric.RubricScorer;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * A trainee's use cases: start a role-play, answer its steps, look back, give up. Deliberately not
 * transactional: a turn is scored between two short transactions, and a submission that lost a
 * race is answered after its failed transaction has rolled back, from what the winner committed.
 */
@ApplicationScoped
public class RolePlay {

    public static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    AttemptLedger ledger;

    @Inject
    RubricScorer scorer;

    public Started start(String slug, String username) {
        return ledger.start(slug, username);
    }

    /**
     * Scores and stores an answer to the attempt's current step, exactly once: the same idempotency
     * key again returns the first outcome; a second submission of a step already answered is a
     * conflict naming the step the attempt is at. The outcome is returned only once committed.
     */
    public TurnOutcome answer(UUID attempt, String username, String step, String text, String idempotencyKey) {
        checkAnswer(text, idempotencyKey);
        if (idempotencyKey != null) {
            var earlier = ledger.replay(attempt, username, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Pending pending = ledger.prepare(attempt, username, step);
        ScoreCard card = scorer.score(pending.rubricId(), pending.rubric(), pending.labels(), pending.step(), text);
        try {
            return ledger.record(attempt, username, step, text, card, idempotencyKey);
        } catch (ConflictException | PersistenceException | TransactionalException lostRace) {
            if (idempotencyKey != null) {
                var winner = ledger.replay(attempt, username, idempotencyKey);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw ledger.whereItStands(attempt, username);
        }
    }

    public AttemptView get(UUID attempt, Caller caller) {
        return ledger.view(attempt, caller);
    }

    /** Any trainee's attempt with whose it is, for a trainer; the caller's role is checked by the page or resource. */
    public AttemptReading read(UUID attempt) {
        return ledger.read(attempt);
    }

    public MyAttempts mine(String username) {
        return ledger.mine(username);
    }

    public AttemptView abandon(UUID attempt, String username) {
        return ledger.abandon(attempt, username);
    }

    /** Asks a trainer to look at one of the trainee's answers again; the note says what the scorer missed. */
    public AttemptView askForReview(UUID attempt, String username, UUID turn, String note) {
        return ledger.askForReview(attempt, username, turn, note);
    }

    private void checkAnswer(String text, String idempotencyKey) {
        List<Violation> violations = new ArrayList<>();
        if (text == null || text.isBlank()) {
            violations.add(new Violation("/text", "Write your answer to the customer in 'text': it is empty."));
        } else if (text.length() > scorer.maxAnswerLength()) {
            violations.add(new Violation(
                    "/text",
                    "An answer is at most " + scorer.maxAnswerLength() + " characters, not " + text.length() + "."));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            violations.add(new Violation(
                    "/Idempotency-Key", "An Idempotency-Key is 1 to " + MAX_IDEMPOTENCY_KEY + " characters."));
        }
        InvalidException.throwIfAny(violations);
    }
}
