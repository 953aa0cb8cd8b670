package org.extramile.scoring;

import java.util.List;
import org.extramile.scoring.evidence.LexicalEvidence;
import org.extramile.scoring.evidence.SemanticEvidence;

/**
 * A criterion with its indicators compiled into patterns and its exemplars embedded; {@code levels} holds each
 * level's own indicators, compiled the same way (empty for a level without any).
 */
record CompiledCriterion(
        CriterionSpec spec, LexicalEvidence lexical, SemanticEvidence semantic, List<LexicalEvidence> levels) {}
