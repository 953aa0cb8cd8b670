package org.extramile.scoring;

import org.extramile.scoring.evidence.LexicalEvidence;
import org.extramile.scoring.evidence.SemanticEvidence;

/** A criterion with its indicators compiled into patterns and its exemplars embedded. */
record CompiledCriterion(CriterionSpec spec, LexicalEvidence lexical, SemanticEvidence semantic) {}
