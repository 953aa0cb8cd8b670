package org.extramile.mail;

import java.io.Serializable;
import java.time.Instant;
import org.extramile.shared.Page;

/**
 * The outbox for an administrator: whether mail is on and through which server, how much of the history kept (since
 * {@code since}) waits, went, or was given up, and one page of it, newest first.
 */
public record OutboxView(
        boolean enabled,
        String server,
        String security,
        String from,
        Instant since,
        long waiting,
        long sent,
        long givenUp,
        Page<OutgoingMailView> mail)
        implements Serializable {}
