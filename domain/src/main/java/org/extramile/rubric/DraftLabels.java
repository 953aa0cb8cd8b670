package org.extramile.rubric;

/** How many labelled answers a scenario's draft rubric has now. */
public record DraftLabels(String scenario, int labelledAnswers) {}
