package org.extramile.people;

import java.io.Serializable;
import java.time.Instant;

/** A link to choose a password, mailed to {@code mailedTo} and working until {@code expires}; no password is shown. */
public record MailedInvitation(String employeeNumber, String username, String mailedTo, Instant expires)
        implements Serializable {}
