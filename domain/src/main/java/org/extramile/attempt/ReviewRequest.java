package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;

/** A trainee's request that a trainer look at an answer again: what they think the scorer missed, and when. */
public record ReviewRequest(String note, Instant at) implements Serializable {

    /** The longest note kept: a few sentences, as a trainer would read in the queue. */
    public static final int MAX_NOTE = 1000;
}
