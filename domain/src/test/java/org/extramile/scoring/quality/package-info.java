/**
 * The scorer's quality, measured: labelled answers written apart from the rubrics, a calibration split the
 * scorer learns from, an evaluation split it is judged on, and the figures that judge it.
 */
package org.extramile.scoring.quality;
