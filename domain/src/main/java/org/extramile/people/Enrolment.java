package org.extramile.people;

import java.io.Serializable;

/**
 * A person just enrolled, with the one-time password they log in with first. It is shown this
 * once: only its hash is kept.
 */
public record Enrolment(PersonView person, String oneTimePassword) implements Serializable {}
