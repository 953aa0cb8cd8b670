package org.extramile.attempt;

/** Where an attempt stands: being played, played to an end, or given up by the trainee. */
public enum AttemptStatus {
    IN_PROGRESS,
    COMPLETED,
    ABANDONED
}
