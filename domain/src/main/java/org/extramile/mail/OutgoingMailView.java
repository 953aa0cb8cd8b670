package org.extramile.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * One mail as an administrator sees it: to whom, what about, and how its delivery went. Never its body, which may hold
 * a link that lets its reader choose a password.
 */
public record OutgoingMailView(
        Long id,
        String to,
        String subject,
        MailStatus status,
        Instant queuedAt,
        int attempts,
        /** When it is tried again, while it waits. */
        Instant nextAttemptAt,
        Instant sentAt,
        Instant givenUpAt,
        /** Why the last attempt failed, for a mail that waits again or was given up. */
        String lastError)
        implements Serializable {}
