package org.extramile.mail;

/**
 * A plain-text mail to one person. {@code bulk}: one of many sent at once (a reminder, a digest), sent after the
 * mail somebody is waiting for.
 */
public record Mail(String to, String subject, String body, boolean bulk) {

    public Mail(String to, String subject, String body) {
        this(to, subject, body, false);
    }

    /** The same mail, sent after any that somebody waits for. */
    public Mail asBulk() {
        return new Mail(to, subject, body, true);
    }
}
