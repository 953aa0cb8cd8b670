package org.extramile.scoring.evidence;

/** What a quoted clause matched: a trainer's indicator phrase, one of its synonyms, or an exemplar answer. */
public enum EvidenceKind {
    INDICATOR,
    SYNONYM,
    EXEMPLAR
}
