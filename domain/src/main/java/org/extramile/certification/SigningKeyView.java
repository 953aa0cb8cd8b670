package org.extramile.certification;

import java.io.Serializable;
import java.time.Instant;

/**
 * A signing key as an administrator sees it: never its private part, but whether that part is stored sealed with the
 * key-encryption key (a copy of the database cannot sign with it) or plain.
 */
public record SigningKeyView(String kid, String algorithm, Instant createdAt, Instant retiredAt, boolean sealed)
        implements Serializable {}
