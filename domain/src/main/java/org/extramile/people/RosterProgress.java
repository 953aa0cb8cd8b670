package org.extramile.people;

/**
 * Hears how far a roster import is, so that a page can show a progress bar for a large file: rows
 * checked of all rows, then rows written of those to write. Called on the importing thread, often:
 * keep it cheap.
 */
@FunctionalInterface
public interface RosterProgress {

    /** What the import is doing. */
    enum Stage {
        CHECKING,
        WRITING
    }

    RosterProgress NONE = (stage, done, total) -> {};

    void reached(Stage stage, int done, int total);
}
