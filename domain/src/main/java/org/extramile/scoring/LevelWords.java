package org.extramile.scoring;

/**
 * Words a level of the rubric names as its own, found in the answer ("sorry" for "a bare sorry"): the answer reaches
 * at least that level, whatever the model makes of the rest.
 *
 * @param level the index of the level among the criterion's levels
 */
record LevelWords(int level, Evidence evidence) {}
