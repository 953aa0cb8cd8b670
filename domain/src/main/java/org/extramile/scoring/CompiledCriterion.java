package org.extramile.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extramile.scoring.evidence.LexicalEvidence;
import org.extramile.scoring.evidence.SemanticEvidence;

/**
 * A criterion with its indicators compiled into patterns and its exemplars embedded; {@code levels} holds each
 * level's own indicators, compiled the same way (empty for a level without any).
 *
 * @param apologyBlamingCountsForNothing the author wrote down as a counter-example an apology that lays the blame
 *     elsewhere ("Sorry, but you must have picked up the wrong cup."): for this criterion such an apology earns
 *     nothing, whereas a kind no may still say sorry while blaming head office
 * @param wrongSums each sum of money a counter-example names and no indicator or exemplar does ("it's $18.99"), with
 *     the first counter-example that names it
 * @param undoneBy what the author wrote down in a counter-example that, said anywhere in the answer, takes back what
 *     the other clauses offer ({@link Undoing})
 */
record CompiledCriterion(
        CriterionSpec spec,
        LexicalEvidence lexical,
        SemanticEvidence semantic,
        List<LexicalEvidence> levels,
        boolean apologyBlamingCountsForNothing,
        Map<String, String> wrongSums,
        Set<Undoing> undoneBy) {}
