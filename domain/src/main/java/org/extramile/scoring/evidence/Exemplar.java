package org.extramile.scoring.evidence;

/** An exemplar or counter-example of a criterion, embedded once per rubric version, with its polarity. */
public record Exemplar(String text, float[] vector, boolean negated) {}
