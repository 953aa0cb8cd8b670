package org.extramile.attempt;

import java.io.Serializable;
import java.util.List;

/**
 * A trainee's attempt as a trainer reads it: the attempt, whose it is, and every attempt of theirs at the same
 * scenario ({@code tries}, newest first, this one among them), so that a trainer coaching them sees how they got on
 * from one try to the next.
 */
public record AttemptReading(AttemptView attempt, Player player, List<AttemptSummary> tries) implements Serializable {

    /** The trainee: username and name ({@code Account.ERASED} once their personal data was erased). */
    public record Player(String username, String name) implements Serializable {}
}
