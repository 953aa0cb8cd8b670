package org.extramile.people;

import java.time.Instant;

/** How an account's password stands: what a login with it may do. */
public enum PasswordState {
    /** The person's own (or the account has none: it signs in through the identity provider, or not at all). */
    OWN,
    /** A one-time password: it opens only the choice of the person's own. */
    ONE_TIME,
    /** A one-time password past its time: HR or an administrator issues a new one. */
    ONE_TIME_EXPIRED;

    /** A one-time password with no end (none was recorded) works until it is replaced. */
    static PasswordState at(Instant now, boolean oneTime, Instant expires) {
        if (!oneTime) {
            return OWN;
        }
        return expires == null || now.isBefore(expires) ? ONE_TIME : ONE_TIME_EXPIRED;
    }
}
