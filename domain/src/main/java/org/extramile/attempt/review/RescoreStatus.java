package org.extramile.attempt.review;

/** Where a rescore is: scoring or saving, done, failed, or stopped with the node that ran it. */
public enum RescoreStatus {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
