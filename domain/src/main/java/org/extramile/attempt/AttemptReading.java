package org.extramile.attempt;

import java.io.Serializable;

/** A trainee's attempt as a trainer reads it: the attempt, and whose it is. */
public record AttemptReading(AttemptView attempt, Player player) implements Serializable {

    /** The trainee: username and name (blank once their personal data was erased). */
    public record Player(String username, String name) implements Serializable {}
}
