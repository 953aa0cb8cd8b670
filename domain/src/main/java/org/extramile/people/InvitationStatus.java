package org.extramile.people;

/** Where a bulk invitation is: running, done, failed, or interrupted (its node stopped before it ended). */
public enum InvitationStatus {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
