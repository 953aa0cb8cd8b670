package org.extramile.attempt;

import org.extramile.rubric.Rubric;

/** What scoring a turn needs, read before the scorer runs outside any transaction. */
public record Pending(String rubricId, Rubric rubric, String step) {}
