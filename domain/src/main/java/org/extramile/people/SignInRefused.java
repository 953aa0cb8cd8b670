package org.extramile.people;

/** A sign-in through the identity provider that ExtraMile refuses; says why, for a page to explain. */
public class SignInRefused extends RuntimeException {

    /** Why the sign-in was refused. */
    public enum Reason {
        /** None of the person's groups at the provider maps to an ExtraMile role. */
        NO_ROLE,
        /** The matching ExtraMile account is deactivated. */
        DEACTIVATED,
        /** The provider's username is not one ExtraMile accepts (lowercase letters, digits, dots, dashes, underscores). */
        UNUSABLE_USERNAME,
        /** The groups would take ADMIN from the last active administrator. */
        LAST_ADMINISTRATOR
    }

    private final Reason reason;

    SignInRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
