package org.extramile.rubric;

/**
 * Identifies a set of labels cheaply: labels are only ever added, each with a higher id, so the count and the highest
 * id change with every new one.
 */
record LabelFingerprint(long count, long lastId) {}
