package org.extramile.settings;

import java.io.Serializable;

/**
 * The effective configuration of this installation, read-only: what the environment set (or the defaults). The
 * database is described without its user or password.
 */
public record Installation(
        String publicUrl, boolean demoMode, DatabaseKind databaseKind, String database, boolean scoringModelLoaded)
        implements Serializable {

    /** Which database the application runs on. */
    public enum DatabaseKind {
        /** H2 in a file, the quick start's default. */
        EMBEDDED,
        POSTGRESQL,
        OTHER
    }
}
