package org.extramile.scoring;

import java.util.List;

/**
 * One answer's clauses against the labelled clauses of one criterion: the similarities are computed once per answer
 * ({@link LabelledClauses#similarities}) and read by every criterion.
 *
 * @param exclude the number of the labelled answer being read while calibrating, so that it is not its own
 *     neighbour; -1 when scoring
 */
record Neighbours(LabelledClauses labelled, String criterion, List<double[]> similarities, int exclude) {

    static final Neighbours NONE = new Neighbours(LabelledClauses.NONE, "", List.of(), -1);

    LabelledClauses.Lean lean(int clause, boolean negated, int level) {
        return clause < similarities.size()
                ? labelled.lean(criterion, similarities.get(clause), negated, level, exclude)
                : LabelledClauses.Lean.NONE;
    }
}
