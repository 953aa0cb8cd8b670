package org.extramile.shared;

/** Long work was asked to start while the same work runs, here or on another node: follow that run instead. */
public class AlreadyRunningException extends ConflictException {

    public AlreadyRunningException(String message) {
        super(message);
    }
}
