/**
 * Evidence for a criterion in one clause of an answer: lexical (the rubric's indicator phrases and synonyms,
 * matched in order after analysis, never across sentences) and semantic (the clause's sentence embedding against
 * the criterion's exemplars and counter-examples). The embedding model runs in process from the weights that
 * ship inside a Maven artifact; no network at run time.
 */
package org.extramile.scoring.evidence;
