package org.extramile.scoring.evidence;

/**
 * What a quoted clause matched: a trainer's indicator phrase, one of its synonyms, an exemplar answer, an answer a
 * trainer labelled, or (for a penalty) a refusal by a rule or one that withdraws an offer.
 */
public enum EvidenceKind {
    INDICATOR,
    SYNONYM,
    EXEMPLAR,
    LABELLED,
    REFUSAL
}
