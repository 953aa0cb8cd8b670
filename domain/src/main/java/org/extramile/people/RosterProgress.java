package org.extramile.people;

/**
 * Hears how far work over the roster is, so that a page can show a progress bar: an import's rows checked of all rows,
 * then rows written of those to write; a bulk invitation's people looked at of those who cannot log in yet. Called on
 * the working thread, often: keep it cheap.
 */
@FunctionalInterface
public interface RosterProgress {

    /** What the import is doing. */
    enum Stage {
        CHECKING,
        WRITING,
        MAILING
    }

    RosterProgress NONE = (stage, done, total) -> {};

    void reached(Stage stage, int done, int total);
}
