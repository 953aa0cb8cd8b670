package org.extramile.scoring.evidence;

/**
 * What a quoted clause matched: a trainer's indicator phrase, one of its synonyms, an exemplar answer, or an answer
 * a trainer labelled.
 */
public enum EvidenceKind {
    INDICATOR,
    SYNONYM,
    EXEMPLAR,
    LABELLED
}
