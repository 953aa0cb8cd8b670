package org.extramile.shared;

/** The caller may use this feature, but not in this way (e.g. HR granting the ADMIN role). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
