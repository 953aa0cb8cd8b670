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
        LAST_ADMINISTRATOR,
        /**
         * An account has the provider's username but was never bound to anyone at the provider, and configuration
         * does not let a username link them: an administrator links it.
         */
        ACCOUNT_NOT_LINKED,
        /** The provider's username is the one of an account bound to someone else at the provider. */
        USERNAME_TAKEN
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
