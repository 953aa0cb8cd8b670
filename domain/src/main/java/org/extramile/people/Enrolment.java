package org.extramile.people;

import java.io.Serializable;

/**
 * A person just enrolled, with either the one-time password they log in with first (shown this once: only its hash is
 * kept) or the link to choose a password mailed to them.
 */
public record Enrolment(PersonView person, String oneTimePassword, MailedInvitation mailed) implements Serializable {}
