package org.extramile.shared;

/** The request is well formed but clashes with what is stored, e.g. a taken slug or a stale version. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
