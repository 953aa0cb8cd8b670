package org.extramile.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * A fresh one-time password for a person, shown this once and working until {@code expires}; any earlier password
 * stops working.
 */
public record Invitation(String employeeNumber, String username, String oneTimePassword, Instant expires)
        implements Serializable {}
