/**
 * The scorer: plain Java, no container, no {@code jakarta.*}. One answer to one step is scored in five moves:
 * <ol>
 *   <li>cut into clauses with character offsets ({@link org.extramile.scoring.text.Segmenter});</li>
 *   <li>lexical evidence: the rubric's indicators and synonyms after an analysis that keeps negators;</li>
 *   <li>semantic evidence: each clause's embedding against the criterion's exemplars and counter-examples of the
 *       same polarity;</li>
 *   <li>negation, withdrawn offers and empty conditionals turn matches into near misses, with the reason;</li>
 *   <li>a logistic model per criterion turns the features into a level, points and a confidence; a verdict in the
 *       band of doubt asks for review; an offer only hoped for ("I might be able to") or left to the customer
 *       ("you could ring them") stays below the top level ({@link org.extramile.scoring.text.Tentative}). The
 *       models start from defaults and are calibrated from trainers' labels
 *       ({@link org.extramile.scoring.Scorer#calibrate}).</li>
 * </ol>
 * {@link org.extramile.scoring.ScoringRubric} and {@link org.extramile.scoring.ScoreCard} are the port: the rubric
 * model adapts to the first, the API shows the second.
 */
package org.extramile.scoring;
