package org.extramile.scoring;

import java.util.List;
import org.extramile.scoring.text.Segment;

/**
 * One answer's clauses against the labelled clauses of one criterion: the similarities are computed once per answer
 * ({@link LabelledClauses#similarities}) and read by every criterion.
 *
 * @param exclude the number of the labelled answer being read while calibrating, so that it is not its own
 *     neighbour; -1 when scoring
 */
record Neighbours(LabelledClauses labelled, String criterion, List<double[]> similarities, int exclude) {

    static final Neighbours NONE = new Neighbours(LabelledClauses.NONE, "", List.of(), -1);

    /**
     * A clause of fewer content words than this leans only in part. Short clauses ("I'm afraid", "Still or
     * sparkling?") come close to copies of themselves in answers of every kind, and so lean wherever a labelled
     * answer happened to use them: an answer labelled as deflecting is not deflecting in its "I'm afraid". Chosen by
     * cross-validation on the calibration splits (mean Spearman 0.792 to 0.816; two or four words did about as well).
     * A labelled answer that was that one short clause ("It's fine.") leans in full: its label can only speak of it
     * (macro F1 of buy-the-missing-drink 0.867 to 0.882).
     */
    static final double FULL_CONTENT_WORDS = 3;

    LabelledClauses.Lean lean(Segment clause, boolean negated, int level) {
        if (clause.index() >= similarities.size()) {
            return LabelledClauses.Lean.NONE;
        }
        LabelledClauses.Lean lean = labelled.lean(criterion, similarities.get(clause.index()), negated, level, exclude);
        return lean.value() > 0 && !lean.whole()
                ? lean.scaled(Math.min(1, clause.contentTokens() / FULL_CONTENT_WORDS))
                : lean;
    }
}
