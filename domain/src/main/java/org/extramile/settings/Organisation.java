package org.extramile.settings;

import java.io.Serializable;
import java.time.Instant;

/**
 * The organisation settings: its name, which certificates and credentials give as their issuer. {@code custom} is
 * false while the configured default applies; {@code version} is 0 until an administrator saves, and an edit must
 * name the version it started from. {@code updatedBy} and {@code updatedAt} are null until then.
 */
public record Organisation(String name, boolean custom, long version, String updatedBy, Instant updatedAt)
        implements Serializable {}
