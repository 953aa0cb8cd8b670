package org.extramile.certification;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline HR extended: the new day, why, who granted it and when, and its version for the next edit. */
public record ExtensionView(LocalDate dueBy, String reason, String grantedBy, Instant grantedAt, long version)
        implements Serializable {}
