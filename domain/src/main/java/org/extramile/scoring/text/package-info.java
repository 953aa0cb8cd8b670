/**
 * Reading an answer: sentences and clauses with character offsets ({@link org.extramile.scoring.text.Segmenter}),
 * English analysis that keeps negators ({@link org.extramile.scoring.text.AnswerAnalyzer}), and the cues that
 * turn a matching clause into a miss: negation, a withdrawn offer, a conditional that promises nothing
 * ({@link org.extramile.scoring.text.Negation}).
 */
package org.extramile.scoring.text;
