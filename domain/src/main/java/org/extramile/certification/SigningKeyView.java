package org.extramile.certification;

import java.io.Serializable;
import java.time.Instant;

/** A signing key as an administrator sees it: never its private part. */
public record SigningKeyView(String kid, String algorithm, Instant createdAt, Instant retiredAt)
        implements Serializable {}
