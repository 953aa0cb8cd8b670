package org.extramile.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.extramile.shared.Progress;

/**
 * A bulk invitation as recorded: where it is (people looked at of those who could not log in when it started), what it
 * did once done ({@code result}: null before), who started it and when, when it ended and, if it failed, why.
 */
public record InvitationRunView(
        UUID id,
        InvitationStatus status,
        Progress progress,
        BulkInvitation result,
        String startedBy,
        Instant startedAt,
        Instant endedAt,
        String failure)
        implements Serializable {

    public boolean running() {
        return status == InvitationStatus.RUNNING;
    }

    /** Recorded as running while no node runs it: the node stopped it. */
    InvitationRunView interrupted() {
        return new InvitationRunView(
                id, InvitationStatus.INTERRUPTED, progress, result, startedBy, startedAt, endedAt, failure);
    }
}
